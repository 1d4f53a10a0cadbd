namespace WellbeingKit.Safety;

/// <summary>
/// The sections of a safety plan, in the order of Stanley and Brown's Safety Planning Intervention. The keys are the
/// ones the HTTP reply and the web chat use.
/// </summary>
public static class SafetyPlanSections
{
    /// <summary>Warning signs that a crisis may be coming.</summary>
    public const string WarningSigns = "warning_signs";

    /// <summary>Things I can do on my own to take my mind off things.</summary>
    public const string CopingAlone = "coping_alone";

    /// <summary>People and places that distract me.</summary>
    public const string Distractions = "distractions";

    /// <summary>People I can ask for help.</summary>
    public const string PeopleToAsk = "people_to_ask";

    /// <summary>Professionals and helplines I can contact.</summary>
    public const string Professionals = "professionals";

    /// <summary>Making my surroundings safer.</summary>
    public const string SaferSurroundings = "safer_surroundings";

    /// <summary>My reasons for living.</summary>
    public const string ReasonsForLiving = "reasons_for_living";

    /// <summary>All section keys, in order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [WarningSigns, CopingAlone, Distractions, PeopleToAsk, Professionals, SaferSurroundings, ReasonsForLiving];
}

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

/// <summary>A safety plan as shown to the user: a title and its sections, in the user's locale.</summary>
/// <param name="Title">The plan's title.</param>
/// <param name="Sections">The sections, in order.</param>
public sealed record SafetyPlanView(string Title, IReadOnlyList<SafetyPlanSectionView> Sections);

/// <summary>One section of a shown safety plan.</summary>
/// <param name="Key">The section key (<see cref="SafetyPlanSections"/>).</param>
/// <param name="Title">The section's title in the user's locale.</param>
/// <param name="Items">What the user wrote in it.</param>
public sealed record SafetyPlanSectionView(string Key, string Title, IReadOnlyList<string> Items);
