using Microsoft.Extensions.Options;
using WellbeingKit.Emotions;
using WellbeingKit.ML.ModelFiles;

namespace WellbeingKit.ML;

/// <summary>
/// The GoEmotions emotion classifier: one logistic-regression head per label over word and character n-grams,
/// with per-label thresholds. The model loads on first use; classification is thread-safe.
/// </summary>
internal sealed class MLEmotionClassifier : IEmotionClassifier
{
    /// <summary>How much each negative emotion contributes to <see cref="EmotionResult.Distress"/> (noisy-OR weights).</summary>
    internal static readonly IReadOnlyDictionary<string, double> DistressWeights = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["grief"] = 1.0, ["sadness"] = 0.9, ["fear"] = 0.9, ["nervousness"] = 0.8, ["remorse"] = 0.7,
        ["disappointment"] = 0.6, ["anger"] = 0.6, ["embarrassment"] = 0.5, ["disgust"] = 0.5,
        ["annoyance"] = 0.4, ["disapproval"] = 0.3, ["confusion"] = 0.2,
    };

    private const int MaxTop = 5;
    private readonly Lazy<ModelRunner> _model;
    private readonly ISet<string> _languages;

    /// <summary>Creates the classifier; the model is loaded on the first classification.</summary>
    /// <param name="options">Where the model file is (null: the shipped model) and the languages it classifies.</param>
    public MLEmotionClassifier(IOptions<MLClassifierOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _model = ModelRunner.CreateLazy(options.Value.EmotionModelPath, "emotion.zip", "emotion");
        _languages = options.Value.EmotionLanguages;
    }

    /// <summary>True once the model is loaded.</summary>
    internal bool IsLoaded => _model.IsValueCreated;

    /// <inheritdoc />
    public ValueTask<EmotionResult> ClassifyAsync(string text, string? locale, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(text) || !ModelLanguages.Covers(_languages, locale, text))
        {
            return ValueTask.FromResult(EmotionResult.Neutral);
        }

        var model = _model.Value;
        return ValueTask.FromResult(Interpret(model.Metadata, model.Predict(text)));
    }

    /// <summary>Turns the per-label probabilities into a result.</summary>
    /// <param name="metadata">The model's labels and thresholds.</param>
    /// <param name="probabilities">The probabilities, in label order.</param>
    /// <returns>The result.</returns>
    internal static EmotionResult Interpret(ModelMetadata metadata, float[] probabilities)
    {
        var labels = metadata.Labels;
        var above = Enumerable.Range(0, labels.Count)
            .Where(j => probabilities[j] >= metadata.Thresholds[j])
            .OrderByDescending(j => probabilities[j])
            .ThenBy(j => j)
            .Take(MaxTop)
            .ToList();
        if (above.Count == 0)
        {
            // Nothing passed its threshold: report the label closest to its threshold.
            above.Add(Enumerable.Range(0, labels.Count).MaxBy(j => probabilities[j] / Math.Max(metadata.Thresholds[j], 1e-3f)));
        }

        var notCalm = 1.0;
        for (var j = 0; j < labels.Count; j++)
        {
            if (DistressWeights.TryGetValue(labels[j], out var weight))
            {
                notCalm *= 1 - (weight * probabilities[j]);
            }
        }

        return new EmotionResult
        {
            Top = above.Select(j => new EmotionScore(labels[j], Math.Round(probabilities[j], 4))).ToList(),
            Ekman = EkmanGroups.ByLabel.GetValueOrDefault(labels[above[0]], "neutral"),
            Distress = Math.Round(Math.Clamp(1 - notCalm, 0, 1), 4),
        };
    }
}
