namespace WellbeingKit.ML.Features;

/// <summary>One trained logistic-regression head: a weight per feature, a bias and the Platt calibration ML.NET fitted.</summary>
/// <param name="Weights">One weight per feature.</param>
/// <param name="Bias">The bias.</param>
/// <param name="Slope">The calibrator's slope: p = 1 / (1 + exp(slope × score + offset)).</param>
/// <param name="Offset">The calibrator's offset.</param>
internal sealed record LinearHead(float[] Weights, float Bias, float Slope, float Offset);
