namespace WellbeingKit.AspNetCore.Internal;

/// <summary>The safety plan a reply shows (<c>reply.safetyPlan</c>): a card with a heading and a list per section.</summary>
internal sealed record SafetyPlanDto(string Title, IReadOnlyList<SafetyPlanSectionDto> Sections);
