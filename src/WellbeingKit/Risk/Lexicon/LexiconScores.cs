namespace WellbeingKit.Risk.Lexicon;

/// <summary>The lexicon detector's scores and its two fixed results.</summary>
internal static class LexiconScores
{
    /// <summary>The detector name in results and evidence.</summary>
    public const string Detector = "lexicon";

    /// <summary>Nothing matched (or only cues did).</summary>
    public static readonly RiskAssessment None = new() { Detector = Detector };

    /// <summary>Crisis phrases matched and every one was cancelled (an idiom or a negation): not zero, so a threshold on the score sees it.</summary>
    public static readonly RiskAssessment Cancelled = new() { Detector = Detector, Score = 0.05 };

    private const int Readings = 8;

    private static readonly RiskAssessment[] s_none = [.. Enumerable.Range(0, Readings).Select(r => r == 0 ? None : None with { Reading = (LexiconReading)r })];

    private static readonly RiskAssessment[] s_cancelled = [.. Enumerable.Range(0, Readings).Select(r => r == 0 ? Cancelled : Cancelled with { Reading = (LexiconReading)r })];

    /// <summary>The fixed result when nothing kept a level, with the lexicon's reading of the message (allocation-free).</summary>
    /// <param name="reading">The frame and negation facts.</param>
    /// <param name="cancelled">Whether crisis phrases matched and every one was cancelled.</param>
    /// <returns><see cref="None"/> or <see cref="Cancelled"/>, carrying <paramref name="reading"/>.</returns>
    public static RiskAssessment Nothing(LexiconReading reading, bool cancelled) => (cancelled ? s_cancelled : s_none)[(int)reading];

    /// <summary>The score: a band per level (so a score threshold agrees with a level threshold), nudged up by how many rules agree.</summary>
    /// <param name="level">The level.</param>
    /// <param name="distinctRules">How many different rules kept a level.</param>
    /// <returns>The score, 0..1.</returns>
    public static double Of(RiskLevel level, int distinctRules)
    {
        var (band, width) = level switch
        {
            RiskLevel.Imminent => (0.9, 0.1),
            RiskLevel.High => (0.75, 0.15),
            RiskLevel.Moderate => (0.5, 0.25),
            RiskLevel.Low => (0.25, 0.25),
            _ => (0.0, 0.0),
        };
        var bonus = width * (1 - (1.0 / (1 + Math.Max(0, distinctRules - 1))));
        return Math.Min(1.0, band + (bonus * 0.9));
    }
}
