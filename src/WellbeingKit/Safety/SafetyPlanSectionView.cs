namespace WellbeingKit.Safety;

/// <summary>One section of a shown safety plan.</summary>
/// <param name="Key">The section key (<see cref="SafetyPlanSections"/>).</param>
/// <param name="Title">The section's title in the user's locale.</param>
/// <param name="Items">What the user wrote in it.</param>
public sealed record SafetyPlanSectionView(string Key, string Title, IReadOnlyList<string> Items);
