namespace WellbeingKit.Safety;

/// <summary>A safety plan as shown to the user: a title and its sections, in the user's locale.</summary>
/// <param name="Title">The plan's title.</param>
/// <param name="Sections">The sections, in order.</param>
public sealed record SafetyPlanView(string Title, IReadOnlyList<SafetyPlanSectionView> Sections);
