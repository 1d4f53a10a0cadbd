namespace WellbeingKit.AspNetCore.Internal;

/// <summary>The safety plan a reply shows (<c>reply.safetyPlan</c>): a card with a heading and a list per section.</summary>
internal sealed record SafetyPlanDto(string Title, IReadOnlyList<SafetyPlanSectionDto> Sections);

/// <summary>One section of <see cref="SafetyPlanDto"/>: its key, its title in the reply's locale and the user's items.</summary>
internal sealed record SafetyPlanSectionDto(string Key, string Title, IReadOnlyList<string> Items);
