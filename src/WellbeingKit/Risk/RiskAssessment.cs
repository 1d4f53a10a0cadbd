namespace WellbeingKit.Risk;

/// <summary>The result of screening one message: a level, the categories, a score and the evidence a counsellor can read.</summary>
public sealed record RiskAssessment
{
    /// <summary>An assessment that found nothing.</summary>
    public static RiskAssessment None { get; } = new();

    /// <summary>The overall level.</summary>
    public RiskLevel Level { get; init; } = RiskLevel.None;

    /// <summary>The categories found, most severe first; empty when <see cref="Level"/> is <see cref="RiskLevel.None"/>.</summary>
    public IReadOnlyList<RiskCategory> Categories { get; init; } = [];

    /// <summary>The detector's confidence that this is a crisis message, from 0 to 1.</summary>
    public double Score { get; init; }

    /// <summary>The evidence: which words, which rule.</summary>
    public IReadOnlyList<RiskEvidence> Evidence { get; init; } = [];

    /// <summary>The detector (or composite) that produced the assessment.</summary>
    public string Detector { get; init; } = "";

    /// <summary>
    /// True when the level was raised because a detector failed or timed out: the kit fails safe, so a
    /// failure counts as "escalate", never as "no risk".
    /// </summary>
    public bool EscalatedOnFailure { get; init; }

    /// <summary>
    /// How the lexicon read the message (its own assessment only): whether a frame cue was present, a crisis phrase was negated, and
    /// whether every crisis phrase it saw was told about rather than lived. The composite screening caps the ML models with it
    /// without scanning the text again.
    /// </summary>
    internal Lexicon.LexiconReading Reading { get; init; }

    /// <summary>True when this assessment is at or above <paramref name="threshold"/>.</summary>
    /// <param name="threshold">The level to compare with.</param>
    /// <returns>Whether <see cref="Level"/> is at least <paramref name="threshold"/>.</returns>
    public bool IsAtLeast(RiskLevel threshold) => Level >= threshold;
}
