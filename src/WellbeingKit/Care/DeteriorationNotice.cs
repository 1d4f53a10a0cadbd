namespace WellbeingKit.Care;

/// <summary>
/// A change for the worse the kit noticed, with the evidence (scores and bands only, never what the user wrote). It is
/// kept with the user's data, exported and erased with it.
/// </summary>
public sealed record DeteriorationNotice
{
    /// <summary>When it was noticed.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>What changed.</summary>
    public DeteriorationKind Kind { get; init; }

    /// <summary>The questionnaire (<c>phq9</c>, <c>gad7</c>, <c>who5</c>), or null for a mood trend.</summary>
    public string? QuestionnaireId { get; init; }

    /// <summary>The earlier score compared with.</summary>
    public int? PreviousScore { get; init; }

    /// <summary>The new score.</summary>
    public int? Score { get; init; }

    /// <summary>The earlier band's severity name.</summary>
    public string? PreviousSeverity { get; init; }

    /// <summary>The new band's severity name.</summary>
    public string? Severity { get; init; }

    /// <summary>For a mood trend: how far mood fell over the window, in points of the 1-5 scale.</summary>
    public double? MoodFall { get; init; }

    /// <summary>For a mood trend: the window, in days.</summary>
    public int? WindowDays { get; init; }

    /// <summary>True when, with the user's consent, an alert with this evidence went to the hand-off service.</summary>
    public bool Alerted { get; init; }
}
