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
