using WellbeingKit.ML.Features;

namespace WellbeingKit.ML.Training;

/// <summary>What <c>wellbeing train emotion</c> does.</summary>
public sealed record EmotionTrainingOptions
{
    /// <summary>The GoEmotions folder (train.tsv, dev.tsv, labels.txt).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The model file to write.</summary>
    public required string OutputPath { get; init; }

    /// <summary>The seed of every random choice.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>A VADER-format valence lexicon used as dense features (it is stored in the model file), or null.</summary>
    public string? ValencePath { get; init; }

    /// <summary>
    /// Where the per-label thresholds are tuned: <c>dev</c> (the default; the dev figure is then optimistic) or
    /// <c>holdout</c> (every 10th training row is held out for tuning and not trained on, so the dev figure is unbiased).
    /// </summary>
    public string ThresholdSource { get; init; } = "dev";

    /// <summary>Use at most this many training rows (the first ones), for quick runs; null for all.</summary>
    public int? MaxTrainRows { get; init; }

    /// <summary>The featurizer settings.</summary>
    internal FeatureSettings Features { get; init; } = new();

    /// <summary>The head settings.</summary>
    internal HeadSettings Heads { get; init; } = new() { Trainer = "sdca", L2 = 1e-4f, Iterations = 20 };
}
