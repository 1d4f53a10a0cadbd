namespace WellbeingKit.Risk;

/// <summary>How urgent a risk signal is. Ordered: a higher value is more urgent.</summary>
public enum RiskLevel
{
    /// <summary>No risk signal was found.</summary>
    None = 0,

    /// <summary>A weak or indirect signal (for example general hopelessness); keep listening.</summary>
    Low = 1,

    /// <summary>A clear signal that deserves a check-in about safety.</summary>
    Moderate = 2,

    /// <summary>An explicit crisis statement (for example suicidal ideation or self-harm); the safety flow takes over.</summary>
    High = 3,

    /// <summary>Intent with a plan, means or time ("tonight", "the pills are lined up"); the safety flow takes over at once.</summary>
    Imminent = 4,
}
