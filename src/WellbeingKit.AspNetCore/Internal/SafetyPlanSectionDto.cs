namespace WellbeingKit.AspNetCore.Internal;

/// <summary>One section of <see cref="SafetyPlanDto"/>: its key, its title in the reply's locale and the user's items.</summary>
internal sealed record SafetyPlanSectionDto(string Key, string Title, IReadOnlyList<string> Items);
