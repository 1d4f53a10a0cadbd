namespace WellbeingKit.Safety;

/// <summary>A user's safety plan as stored: the items of each section, by section key.</summary>
public sealed record SafetyPlan
{
    /// <summary>The user.</summary>
    public required string UserId { get; init; }

    /// <summary>The items of each section (keys from <see cref="SafetyPlanSections"/>), in the user's own words.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Sections { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>When the plan was last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
