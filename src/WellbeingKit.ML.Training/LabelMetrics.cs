namespace WellbeingKit.ML.Training;

/// <summary>Precision, recall and F1 of one label.</summary>
/// <param name="Label">The label.</param>
/// <param name="Precision">TP / (TP + FP); 0 when nothing was predicted.</param>
/// <param name="Recall">TP / (TP + FN); 0 when the label never occurs.</param>
/// <param name="F1">The harmonic mean of precision and recall.</param>
/// <param name="Support">How many examples carry the label.</param>
/// <param name="Threshold">The decision threshold used.</param>
public sealed record LabelMetrics(string Label, double Precision, double Recall, double F1, int Support, double Threshold);
