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

/// <summary>What kind of crisis a signal points to.</summary>
public enum RiskCategory
{
    /// <summary>Thoughts of ending one's life, direct or indirect.</summary>
    SuicidalIdeation,

    /// <summary>Hurting oneself without intent to die.</summary>
    SelfHarm,

    /// <summary>Abuse or violence directed at the user (domestic, sexual, bullying, threats).</summary>
    AbuseOrViolence,

    /// <summary>Intent to harm other people.</summary>
    HarmToOthers,
}

/// <summary>One piece of evidence behind an assessment: a span of the original text and the rule that matched it.</summary>
/// <param name="Start">Index of the first character of the span in the original message text.</param>
/// <param name="Length">Length of the span in characters of the original message text.</param>
/// <param name="Text">The matched text, as it appears in the original message.</param>
/// <param name="RuleId">The identifier of the rule or pattern that fired (for example <c>en.si.want-to-die</c>, or <c>ml.risk</c>).</param>
/// <param name="Category">The category the rule points to.</param>
/// <param name="Level">The level this piece of evidence alone supports.</param>
/// <param name="Detector">The name of the detector that produced it.</param>
public sealed record RiskEvidence(int Start, int Length, string Text, string RuleId, RiskCategory Category, RiskLevel Level, string Detector);

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

    /// <summary>True when this assessment is at or above <paramref name="threshold"/>.</summary>
    /// <param name="threshold">The level to compare with.</param>
    /// <returns>Whether <see cref="Level"/> is at least <paramref name="threshold"/>.</returns>
    public bool IsAtLeast(RiskLevel threshold) => Level >= threshold;
}

/// <summary>What a detector screens: one message, its locale and the recent history of the conversation.</summary>
public sealed record RiskScreeningRequest
{
    /// <summary>Creates a request for <paramref name="text"/>.</summary>
    /// <param name="text">The user's message, exactly as written.</param>
    public RiskScreeningRequest(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The user's message, exactly as written.</summary>
    public string Text { get; }

    /// <summary>The user's locale (BCP 47 language tag such as <c>en</c>, <c>es</c>, <c>ar</c>); null when unknown, in which case detectors try every locale they know.</summary>
    public string? Locale { get; init; }

    /// <summary>The user's recent messages, oldest first, not including <see cref="Text"/>.</summary>
    public IReadOnlyList<string> History { get; init; } = [];
}

/// <summary>
/// Screens a message for crisis signals. Implement this to plug in your own detector; every registered
/// detector runs, and the composite takes the highest level.
/// </summary>
public interface IRiskDetector
{
    /// <summary>A short, stable name used in evidence and logs (for example <c>lexicon</c>, <c>ml</c>).</summary>
    string Name { get; }

    /// <summary>Screens one message.</summary>
    /// <param name="request">The message and its context.</param>
    /// <param name="cancellationToken">Cancels the screening.</param>
    /// <returns>The assessment; <see cref="RiskAssessment.None"/> when nothing was found.</returns>
    ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default);
}
