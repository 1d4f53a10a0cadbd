namespace WellbeingKit.ML;

/// <summary>Options of the ML classifiers, set with <c>builder.AddMLClassifiers(o => ...)</c>.</summary>
public sealed class MLClassifierOptions
{
    /// <summary>
    /// A model file written by <c>wellbeing train emotion</c> to use instead of the shipped emotion model; null uses the shipped one.
    /// </summary>
    public string? EmotionModelPath { get; set; }

    /// <summary>
    /// A model file written by <c>wellbeing train risk</c> to use instead of the shipped risk model; null uses the shipped one.
    /// </summary>
    public string? RiskModelPath { get; set; }

    /// <summary>
    /// Languages where the ML risk detector may raise a message above <c>Low</c> on its own (default: <c>en</c>, the only
    /// language with a large everyday corpus in its training data). In other languages its level is capped at <c>Low</c>:
    /// it still adds evidence and counts towards conversation-level distress, while the lexicon detector screens crisis.
    /// </summary>
    public ISet<string> FullStrengthLanguages { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "en" };

    /// <summary>
    /// Languages the emotion model classifies (default: <c>en</c>; the shipped model is trained on English GoEmotions).
    /// A message in another language gets <see cref="Emotions.EmotionResult.Neutral"/>, as when no emotion classifier is
    /// registered, rather than emotions guessed from an English model. Add a language when your own model covers it.
    /// </summary>
    public ISet<string> EmotionLanguages { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "en" };
}
