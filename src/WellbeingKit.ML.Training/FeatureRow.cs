using Microsoft.ML.Data;

namespace WellbeingKit.ML.Training;

/// <summary>One featurized training row for a binary head.</summary>
internal sealed class FeatureRow
{
    /// <summary>The features.</summary>
    public VBuffer<float> Features { get; set; }

    /// <summary>The label.</summary>
    public bool Label { get; set; }

    /// <summary>The example weight.</summary>
    public float Weight { get; set; } = 1;
}
