using System.Globalization;
using Microsoft.ML;
using WellbeingKit.ML.Features;
using WellbeingKit.ML.ModelFiles;

namespace WellbeingKit.ML.Training;

/// <summary>Trains the emotion model: one logistic-regression head per GoEmotions label, thresholds tuned on dev for F1.</summary>
public static class EmotionTrainer
{
    /// <summary>Trains, tunes and saves the model.</summary>
    /// <param name="options">What to train.</param>
    /// <param name="log">Receives progress lines.</param>
    /// <returns>The evaluation on dev with the tuned thresholds.</returns>
    public static MultiLabelEvaluation Train(EmotionTrainingOptions options, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var labels = GoEmotionsData.ReadLabels(options.DataDirectory);
        var train = GoEmotionsData.ReadTsv(Path.Combine(options.DataDirectory, "train.tsv"), labels.Count);
        var dev = GoEmotionsData.ReadTsv(Path.Combine(options.DataDirectory, "dev.tsv"), labels.Count);
        if (options.MaxTrainRows is { } max && max < train.Count)
        {
            train = train.Take(max).ToList();
        }

        List<LabelledText> tuning;
        switch (options.ThresholdSource)
        {
            case "dev":
                tuning = dev;
                break;
            case "holdout":
                tuning = train.Where((_, i) => i % 10 == 9).ToList();
                train = train.Where((_, i) => i % 10 != 9).ToList();
                break;
            default:
                throw new InvalidDataException($"threshold source '{options.ThresholdSource}' is not 'dev' or 'holdout'.");
        }

        var valence = options.ValencePath is null ? null : ValenceLexicon.Read(options.ValencePath);
        var ml = new MLContext(options.Seed);
        var texts = train.Select(e => e.Text).ToList();
        log($"featurizing {train.Count} training examples");
        var vectorizer = VocabularyBuilder.Build(texts, options.Features);
        var dimension = vectorizer.Dimension;
        var vectors = BinaryHeads.Vectorize(vectorizer, texts, valence);
        log($"{dimension} features");
        var heads = new List<ITransformer>();
        for (var j = 0; j < labels.Count; j++)
        {
            var y = train.Select(e => Array.IndexOf(e.Labels, j) >= 0).ToArray();
            heads.Add(BinaryHeads.Train(ml, vectors, dimension, y, null, options.Heads));
            log($"trained head {j + 1}/{labels.Count} ({labels[j]}, {y.Count(b => b)} positives)");
        }

        var model = new LinearTextModel(vectorizer, heads.Select(h => BinaryHeads.Extract(h, dimension)).ToList());
        BinaryHeads.Verify(ml, heads, model, texts, valence);
        var tuningProbabilities = Score(model, tuning, valence);
        var thresholds = new float[labels.Count];
        for (var j = 0; j < labels.Count; j++)
        {
            var label = j;
            thresholds[j] = BinaryHeads.BestThreshold(tuningProbabilities.Select(p => p[label]).ToArray(), tuning.Select(e => Array.IndexOf(e.Labels, label) >= 0).ToArray()).Threshold;
        }

        var probabilities = ReferenceEquals(tuning, dev) ? tuningProbabilities : Score(model, dev, valence);

        var evaluation = MultiLabelEvaluation.Compute(labels, thresholds, probabilities, dev.Select(e => e.Labels).ToList());
        var metadata = new ModelMetadata
        {
            Kind = "emotion",
            Labels = labels.ToArray(),
            Thresholds = thresholds,
            UsesValence = valence is not null,
            Training = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["data"] = options.ThresholdSource == "dev" ? "GoEmotions train.tsv (thresholds tuned on dev.tsv)" : "90% of GoEmotions train.tsv (thresholds tuned on the other 10%)",
                ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
                ["train_rows"] = train.Count.ToString(CultureInfo.InvariantCulture),
                ["features"] = dimension.ToString(CultureInfo.InvariantCulture),
                ["dev_macro_f1"] = evaluation.MacroF1.ToString("0.0000", CultureInfo.InvariantCulture),
                ["heads"] = $"{options.Heads.Trainer} logistic regression, L2={options.Heads.L2.ToString(CultureInfo.InvariantCulture)}, L1={options.Heads.L1.ToString(CultureInfo.InvariantCulture)}, iterations={options.Heads.Iterations}",
            },
        };
        ModelArchiveWriter.Save(model, metadata, valence, options.OutputPath);
        log($"dev macro F1 {evaluation.MacroF1:0.0000}; wrote {options.OutputPath}");
        return evaluation;
    }

    private static float[][] Score(LinearTextModel model, List<LabelledText> examples, Dictionary<string, float>? valence) =>
        examples.Select(e => model.Predict(e.Text, valence)).ToArray();
}
