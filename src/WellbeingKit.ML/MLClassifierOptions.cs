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
    /// Risk model files per language (<c>es</c>, <c>fr</c>, <c>ar</c>, ...), written by <c>wellbeing train risk --language xx</c>,
    /// used instead of the shipped model of that language (or of the default model) for messages identified as that language.
    /// </summary>
    public IDictionary<string, string> RiskModelPaths { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Languages where the ML risk detector may raise a message above <c>Low</c> on its own (default: <c>en</c>, <c>es</c>,
    /// <c>fr</c>, <c>ar</c>: each has its own model, trained on everyday text of that language and calibrated on a part of it
    /// the model never saw; docs/ml.md). The language is identified from the message, not the locale. In a language removed
    /// from this set the detector is capped at <c>Low</c>.
    /// </summary>
    public ISet<string> FullStrengthLanguages { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "en", "es", "fr", "ar" };

    /// <summary>
    /// Languages the emotion model classifies (default: <c>en</c>; the shipped model is trained on English GoEmotions).
    /// A message in another language gets <see cref="Emotions.EmotionResult.Neutral"/>, as when no emotion classifier is
    /// registered, rather than emotions guessed from an English model. Add a language when your own model covers it.
    /// </summary>
    public ISet<string> EmotionLanguages { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "en" };
}
