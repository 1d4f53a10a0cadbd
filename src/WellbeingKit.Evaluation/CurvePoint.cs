namespace WellbeingKit.Evaluation;

/// <summary>One point of a ROC or precision-recall curve: the cumulative counts of rows scoring at or above <paramref name="Threshold"/>.</summary>
/// <param name="Threshold">The score.</param>
/// <param name="TruePositives">Positive rows scoring at least <paramref name="Threshold"/>.</param>
/// <param name="FalsePositives">Negative rows scoring at least <paramref name="Threshold"/>.</param>
public readonly record struct CurvePoint(double Threshold, int TruePositives, int FalsePositives);
