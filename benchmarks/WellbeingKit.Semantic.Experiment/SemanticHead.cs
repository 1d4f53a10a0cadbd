using System.Text.Json;
using System.Text.Json.Serialization;

namespace WellbeingKit.Semantic.Experiment;

/// <summary>
/// The trained head over the 384-dimension sentence embedding: logistic regression (weights, bias) and the
/// probability thresholds of each level, chosen on the calibration rows of the tuning part (never on held-out rows).
/// </summary>
public sealed record SemanticHead
{
    /// <summary>The file name the detector reads beside its assembly.</summary>
    public const string FileName = "semantic-head.json";

    /// <summary>One weight per embedding dimension.</summary>
    public required float[] Weights { get; init; }

    /// <summary>The intercept.</summary>
    public required double Bias { get; init; }

    /// <summary>Probability from which the detector says Low.</summary>
    public required double LowThreshold { get; init; }

    /// <summary>Probability from which the detector says Moderate.</summary>
    public required double ModerateThreshold { get; init; }

    /// <summary>Probability from which the detector says High.</summary>
    public required double HighThreshold { get; init; }

    /// <summary>Probability thresholds by the everyday alarm rate they give on the calibration rows ("0.5%" ...).</summary>
    public Dictionary<string, double> OperatingPoints { get; init; } = [];

    /// <summary>What the head was trained and calibrated on (counts per source), for the docs.</summary>
    public Dictionary<string, int> TrainedOn { get; init; } = [];

    /// <summary>The crisis probability of one embedding.</summary>
    /// <param name="embedding">A unit-length sentence embedding.</param>
    /// <returns>The probability in 0..1.</returns>
    public double Probability(ReadOnlySpan<float> embedding)
    {
        var z = Bias;
        for (var i = 0; i < Weights.Length; i++)
        {
            z += Weights[i] * embedding[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Reads a head file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The head.</returns>
    public static SemanticHead Load(string path) =>
        JsonSerializer.Deserialize<SemanticHead>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path}: not a semantic head file.");

    /// <summary>Writes the head.</summary>
    /// <param name="path">The JSON file.</param>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Options));

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
