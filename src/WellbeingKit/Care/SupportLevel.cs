namespace WellbeingKit.Care;

/// <summary>The level of support suggested for a questionnaire band (stepped care: self-help first, a person when the scores say so).</summary>
public enum SupportLevel
{
    /// <summary>Exercises the user does on their own.</summary>
    SelfHelp,

    /// <summary>Self-help with some guidance from a person (a coach, a counsellor's check-ins).</summary>
    GuidedSelfHelp,

    /// <summary>Talking with a trained person.</summary>
    Person,
}
