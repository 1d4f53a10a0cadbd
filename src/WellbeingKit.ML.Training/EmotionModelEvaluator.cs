using System.Diagnostics;
using WellbeingKit.ML.Features;
using WellbeingKit.ML.ModelFiles;

namespace WellbeingKit.ML.Training;

/// <summary>
/// Measures an emotion model on GoEmotions-style data (what <c>wellbeing eval emotion</c> reports): per-label precision,
/// recall and F1 with the model's own thresholds, macro and micro F1, load time and scoring speed.
/// </summary>
public static class EmotionModelEvaluator
{
    private const string ShippedModel = "WellbeingKit.ML.Models.emotion.zip";

    /// <summary>Scores every row of <paramref name="dataPath"/> with the model and compares with its labels.</summary>
    /// <param name="dataPath">A GoEmotions-style TSV: text, a tab, comma-separated label ids (an id column may follow).</param>
    /// <param name="modelPath">An emotion model file written by <see cref="EmotionTrainer"/>, or null for the model WellbeingKit.ML ships.</param>
    /// <returns>The metrics and timings.</returns>
    /// <exception cref="FileNotFoundException">The model file does not exist.</exception>
    /// <exception cref="InvalidDataException">The model is not an emotion model, or a data row is malformed.</exception>
    public static EmotionModelEvaluation Evaluate(string dataPath, string? modelPath = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataPath);
        var stopwatch = Stopwatch.StartNew();
        var (model, metadata, valence) = Load(modelPath);
        var loadMilliseconds = stopwatch.Elapsed.TotalMilliseconds;
        var labels = metadata.Labels;
        var examples = GoEmotionsData.ReadTsv(dataPath, labels.Count);
        stopwatch.Restart();
        var probabilities = new float[examples.Count][];
        Parallel.For(0, examples.Count, i => probabilities[i] = model.Predict(examples[i].Text, valence));
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var metrics = MultiLabelEvaluation.Compute(labels, metadata.Thresholds, probabilities, examples.Select(e => e.Labels).ToList());
        return new EmotionModelEvaluation(metrics, modelPath ?? "shipped:emotion.zip", loadMilliseconds, seconds);
    }

    private static (LinearTextModel Model, ModelMetadata Metadata, Dictionary<string, float>? Valence) Load(string? modelPath)
    {
        if (modelPath is not null && !File.Exists(modelPath))
        {
            throw new FileNotFoundException($"{modelPath}: model file not found.", modelPath);
        }

        using var stream = modelPath is null
            ? typeof(MLClassifierOptions).Assembly.GetManifestResourceStream(ShippedModel) ?? throw new InvalidOperationException($"The embedded model '{ShippedModel}' is missing from WellbeingKit.ML.")
            : File.OpenRead(modelPath);
        var source = modelPath ?? ShippedModel;
        var loaded = ModelArchive.Load(stream, source);
        if (!string.Equals(loaded.Metadata.Kind, "emotion", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source}: this is a '{loaded.Metadata.Kind}' model; an 'emotion' model is needed.");
        }

        return loaded;
    }
}
