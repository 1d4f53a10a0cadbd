using WellbeingKit.ML.Features;
using WellbeingKit.Risk;

namespace WellbeingKit.ML.Training;

/// <summary>What <c>wellbeing train risk</c> does.</summary>
public sealed record RiskTrainingOptions
{
    /// <summary>The GoEmotions folder whose train.tsv is the everyday text (null when <see cref="EverydayLinesPath"/> is given).</summary>
    public string? EverydayDirectory { get; init; }

    /// <summary>
    /// A one-message-per-line file of everyday text (the UMSAB tweets of one language) used instead of GoEmotions: only its
    /// tuning part is read (<see cref="DataSplit"/>); of that, the calibration rows set the thresholds and the rest trains.
    /// </summary>
    public string? EverydayLinesPath { get; init; }

    /// <summary>Train a model for this language only: the corpus lines of this language (null: every line).</summary>
    public string? Language { get; init; }

    /// <summary>The largest false-alarm rate allowed at the Moderate threshold on the calibration rows.</summary>
    public double CalibrationAlarmRate { get; init; } = 0.005;

    /// <summary>
    /// Crisis posts from a labelled data set's tuning part (the r/SuicideWatch posts of the SDCNL tuning part), added to the
    /// corpus as suicidal-ideation lines in English; the caller keeps the held-out part out (<see cref="DataSplit"/>).
    /// </summary>
    public IReadOnlyList<string> CrisisPosts { get; init; } = [];

    /// <summary>The crisis corpus: a .tsv file or a folder of .tsv files.</summary>
    public required string CrisisPath { get; init; }

    /// <summary>The model file to write.</summary>
    public required string OutputPath { get; init; }

    /// <summary>The seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Use at most this many everyday rows; null for all.</summary>
    public int? MaxEverydayRows { get; init; }

    /// <summary>The weight of a crisis-corpus line (positive or hard negative) relative to an everyday line.</summary>
    public float CorpusWeight { get; init; } = 8;

    /// <summary>The featurizer settings.</summary>
    internal FeatureSettings Features { get; init; } = new()
    {
        WordNgramLimits = [30_000, 20_000],
        CharNgramLength = 4,
        CharNgramLimits = [500, 5_000, 20_000, 30_000],
    };

    /// <summary>The head settings.</summary>
    internal HeadSettings Heads { get; init; } = new() { Trainer = "lbfgs", L2 = 1, Iterations = 200, PositiveWeightPower = 0.5, PositiveWeightCap = 20 };

    /// <summary>Probability from which the level is Low.</summary>
    public float LowThreshold { get; init; } = 0.15f;

    /// <summary>Probability from which the level is Moderate.</summary>
    public float ModerateThreshold { get; init; } = 0.3f;

    /// <summary>Probability from which the level is High.</summary>
    public float HighThreshold { get; init; } = 0.85f;
}
