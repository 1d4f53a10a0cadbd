namespace WellbeingKit.ML.ModelFiles;

/// <summary>What a WellbeingKit model file says about itself, stored beside the ML.NET model in the same zip.</summary>
internal sealed record ModelMetadata
{
    /// <summary>The model kind: <c>emotion</c> or <c>risk</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The file format version (2: the WellbeingKit linear model; 1 was an ML.NET pipeline, no longer read).</summary>
    public int FormatVersion { get; init; } = ModelArchive.FormatVersion;

    /// <summary>The output labels, in the order of the model's probability vector.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>Per-label decision thresholds on the probabilities.</summary>
    public required IReadOnlyList<float> Thresholds { get; init; }

    /// <summary>Risk only: the probability from which the level is Moderate.</summary>
    public float ModerateThreshold { get; init; }

    /// <summary>Risk only: the probability from which the level is High.</summary>
    public float HighThreshold { get; init; }

    /// <summary>Risk only: the probability from which the level is Low.</summary>
    public float LowThreshold { get; init; }

    /// <summary>Risk only: the category names of the category head's score vector, in order; empty when there is no category head.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Whether the model reads the word-valence lexicon stored in the same file.</summary>
    public bool UsesValence { get; init; }

    /// <summary>How the model was trained (seed, data sizes, settings), for the record.</summary>
    public IReadOnlyDictionary<string, string> Training { get; init; } = new Dictionary<string, string>();
}
