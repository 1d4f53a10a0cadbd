namespace WellbeingKit.ML.Training;

/// <summary>What <see cref="EmotionModelEvaluator.Evaluate"/> measured.</summary>
/// <param name="Metrics">Per-label metrics, macro and micro F1.</param>
/// <param name="Model">The model file, or <c>shipped:emotion.zip</c> for the shipped model.</param>
/// <param name="ModelLoadMilliseconds">How long loading the model took.</param>
/// <param name="ScoringSeconds">How long scoring every row took (on every core).</param>
public sealed record EmotionModelEvaluation(MultiLabelEvaluation Metrics, string Model, double ModelLoadMilliseconds, double ScoringSeconds)
{
    /// <summary>Rows scored per second.</summary>
    public double MessagesPerSecond => Metrics.Examples / Math.Max(ScoringSeconds, 1e-9);
}
