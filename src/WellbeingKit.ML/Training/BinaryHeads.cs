using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

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

/// <summary>Settings of the linear binary heads.</summary>
internal sealed record HeadSettings
{
    /// <summary>L2 regularization of SDCA logistic regression.</summary>
    public float L2 { get; init; } = 1e-4f;

    /// <summary>L1 regularization (sparsifies the weights, which keeps the model file small).</summary>
    public float L1 { get; init; }

    /// <summary>The optimizer: <c>lbfgs</c> (L-BFGS logistic regression) or <c>sdca</c>.</summary>
    public string Trainer { get; init; } = "lbfgs";

    /// <summary>SDCA passes over the data, or L-BFGS iterations.</summary>
    public int Iterations { get; init; } = 20;

    /// <summary>The weight of a positive example is min(cap, (negatives/positives)^power).</summary>
    public double PositiveWeightPower { get; init; } = 0.5;

    /// <summary>The largest positive weight.</summary>
    public double PositiveWeightCap { get; init; } = 10;
}

/// <summary>Featurizes once, then trains one deterministic linear binary head per label and assembles them into one ML.NET pipeline.</summary>
internal static class BinaryHeads
{
    /// <summary>Reads the <c>Features</c> column into memory (each vector copied).</summary>
    /// <param name="featurized">A featurized view.</param>
    /// <returns>The vectors in row order and their dimension.</returns>
    public static (VBuffer<float>[] Vectors, int Dimension) ReadFeatures(IDataView featurized)
    {
        var column = featurized.Schema["Features"];
        var dimension = ((VectorDataViewType)column.Type).Size;
        var result = new List<VBuffer<float>>();
        using var cursor = featurized.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var value = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref value);
            var copy = default(VBuffer<float>);
            value.CopyTo(ref copy);
            result.Add(copy);
        }

        return (result.ToArray(), dimension);
    }

    /// <summary>Trains a head for one binary labelling of the featurized rows.</summary>
    /// <param name="ml">The context (its seed makes SDCA's shuffling reproducible).</param>
    /// <param name="features">The featurized rows.</param>
    /// <param name="dimension">The feature dimension.</param>
    /// <param name="labels">The label of each row.</param>
    /// <param name="weights">Per-row base weights, or null for 1.</param>
    /// <param name="settings">The head settings.</param>
    /// <returns>The fitted head: writes <c>Score</c>, <c>Probability</c> and <c>PredictedLabel</c>.</returns>
    public static ITransformer Train(MLContext ml, VBuffer<float>[] features, int dimension, bool[] labels, float[]? weights, HeadSettings settings)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Length - positives;
        var positiveWeight = positives == 0 ? 1 : (float)Math.Min(settings.PositiveWeightCap, Math.Pow((double)negatives / positives, settings.PositiveWeightPower));
        var rows = new FeatureRow[features.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var w = weights?[i] ?? 1f;
            rows[i] = new FeatureRow { Features = features[i], Label = labels[i], Weight = labels[i] ? w * positiveWeight : w };
        }

        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var view = ml.Data.LoadFromEnumerable(rows, schema);
        if (settings.Trainer == "lbfgs")
        {
            return ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(FeatureRow.Label),
                FeatureColumnName = nameof(FeatureRow.Features),
                ExampleWeightColumnName = nameof(FeatureRow.Weight),
                L2Regularization = settings.L2,
                L1Regularization = settings.L1,
                MaximumNumberOfIterations = settings.Iterations,
                OptimizationTolerance = 1e-6f,
                NumberOfThreads = 1,
            }).Fit(view);
        }

        var trainer = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            L2Regularization = settings.L2,
            L1Regularization = settings.L1,
            MaximumNumberOfIterations = settings.Iterations,
            NumberOfThreads = 1,
            Shuffle = true,
        });
        return trainer.Fit(view);
    }

    /// <summary>Chains the featurizer and the heads; each head's probability is copied to <c>P{i}</c> and all are concatenated into <c>Probabilities</c>.</summary>
    /// <param name="ml">The context.</param>
    /// <param name="featurizer">The fitted featurizer.</param>
    /// <param name="heads">The fitted heads, in label order.</param>
    /// <param name="sample">Input rows, used to bind the schema.</param>
    /// <returns>The pipeline.</returns>
    public static ITransformer Assemble(MLContext ml, ITransformer featurizer, IReadOnlyList<ITransformer> heads, IDataView sample)
    {
        var transformers = new List<ITransformer> { featurizer };
        var current = featurizer.Transform(sample);
        var names = new string[heads.Count];
        for (var i = 0; i < heads.Count; i++)
        {
            names[i] = "P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            current = heads[i].Transform(current);
            var copy = ml.Transforms.CopyColumns(names[i], "Probability").Fit(current);
            current = copy.Transform(current);
            transformers.Add(heads[i]);
            transformers.Add(copy);
        }

        transformers.Add(ml.Transforms.Concatenate("Probabilities", names).Fit(current));
        return new TransformerChain<ITransformer>(transformers.ToArray());
    }

    /// <summary>Reads the <c>Probabilities</c> column of a scored view.</summary>
    /// <param name="scored">The scored view.</param>
    /// <returns>One probability vector per row.</returns>
    public static float[][] ReadProbabilities(IDataView scored) =>
        scored.GetColumn<float[]>("Probabilities").ToArray();

    /// <summary>The threshold in 0.01..0.99 that maximizes F1 for one label (ties: the lowest).</summary>
    /// <param name="scores">The scores.</param>
    /// <param name="truth">The labels.</param>
    /// <returns>The threshold and its F1.</returns>
    public static (float Threshold, double F1) BestThreshold(IReadOnlyList<float> scores, IReadOnlyList<bool> truth)
    {
        var best = (Threshold: 0.5f, F1: -1.0);
        for (var step = 1; step < 100; step++)
        {
            var t = step / 100f;
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                var predicted = scores[i] >= t;
                if (predicted && truth[i])
                {
                    tp++;
                }
                else if (predicted)
                {
                    fp++;
                }
                else if (truth[i])
                {
                    fn++;
                }
            }

            var f1 = tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
            if (f1 > best.F1)
            {
                best = (t, f1);
            }
        }

        return best;
    }
}
