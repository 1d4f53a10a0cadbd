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
}
