namespace WellbeingKit.Care;

/// <summary>
/// The reliable-change criteria of the questionnaires the kit ships: how many points a score must move between two
/// completions before the change is more than measurement noise (Jacobson and Truax's reliable change index, 1991).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>PHQ-9: 6 points; GAD-7: 4 points. These are the reliable-change criteria of NHS Talking Therapies for anxiety and
/// depression (formerly IAPT), derived in Richards DA, Borglin G. "Implementation of psychological therapies for anxiety
/// and depression in routine practice: two year prospective cohort study." J Affect Disord 2011;133(1-2):51-60, and used
/// in the NHS Talking Therapies Manual (NHS England) to count reliable improvement and reliable deterioration.</item>
/// <item>WHO-5: 10 points of the 0-100 percentage score, the change Topp CW, Østergaard SD, Søndergaard S, Bech P. "The
/// WHO-5 Well-Being Index: a systematic review of the literature." Psychother Psychosom 2015;84(3):167-176 report as
/// clinically relevant. On the WHO-5 a lower score is worse.</item>
/// </list>
/// These describe a change in answers, never a diagnosis.
/// </remarks>
internal static class ReliableChange
{
    private static readonly Dictionary<string, Criterion> Criteria = new(StringComparer.OrdinalIgnoreCase)
    {
        ["phq9"] = new(6, HigherIsWorse: true),
        ["gad7"] = new(4, HigherIsWorse: true),
        ["who5"] = new(10, HigherIsWorse: false),
    };

    /// <summary>The criterion of <paramref name="questionnaireId"/>, or null for a questionnaire without a published one.</summary>
    /// <param name="questionnaireId">The questionnaire (<c>phq9</c>, <c>gad7</c>, <c>who5</c>).</param>
    /// <returns>The criterion, or null.</returns>
    public static Criterion? For(string questionnaireId) => Criteria.GetValueOrDefault(questionnaireId);

    /// <summary>
    /// How much worse <paramref name="score"/> is than <paramref name="previous"/> in points (positive = worse), whatever
    /// direction the questionnaire runs in.
    /// </summary>
    public static int Worsening(string questionnaireId, int previous, int score) =>
        (For(questionnaireId)?.HigherIsWorse ?? true) ? score - previous : previous - score;

    /// <summary>A reliable-change criterion.</summary>
    /// <param name="Threshold">The smallest change, in points, that counts as reliable.</param>
    /// <param name="HigherIsWorse">True when a higher score means more symptoms (PHQ-9, GAD-7); false for WHO-5.</param>
    internal sealed record Criterion(int Threshold, bool HigherIsWorse);
}
