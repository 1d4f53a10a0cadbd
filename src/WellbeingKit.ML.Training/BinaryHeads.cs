using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;
using WellbeingKit.ML.Features;

namespace WellbeingKit.ML.Training;

/// <summary>Featurizes once, then trains one deterministic linear binary head per label and assembles them into one ML.NET pipeline.</summary>
internal static class BinaryHeads
{
    /// <summary>Vectorizes every text into an ML.NET sparse vector (indices ascending).</summary>
    /// <param name="vectorizer">The vectorizer.</param>
    /// <param name="texts">The texts.</param>
    /// <param name="valence">The valence lexicon, or null.</param>
    /// <returns>One vector per text, in order.</returns>
    public static VBuffer<float>[] Vectorize(TextVectorizer vectorizer, IReadOnlyList<string> texts, Dictionary<string, float>? valence)
    {
        var scratch = new VectorScratch();
        var result = new VBuffer<float>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            vectorizer.Vectorize(texts[i], valence, scratch, sorted: true);
            result[i] = new VBuffer<float>(vectorizer.Dimension, scratch.Count, scratch.Values.AsSpan(0, scratch.Count).ToArray(), scratch.Indices.AsSpan(0, scratch.Count).ToArray());
        }

        return result;
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

    /// <summary>Reads the weights, bias and Platt calibration out of a trained logistic-regression head.</summary>
    /// <param name="transformer">The head ML.NET trained.</param>
    /// <param name="dimension">The feature dimension.</param>
    /// <returns>The head.</returns>
    public static LinearHead Extract(ITransformer transformer, int dimension)
    {
        if (transformer is not BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> head)
        {
            throw new InvalidOperationException($"expected a calibrated linear binary head, found {transformer.GetType().Name}.");
        }

        var weights = new float[dimension];
        var trained = head.Model.SubModel.Weights;
        for (var i = 0; i < trained.Count && i < dimension; i++)
        {
            weights[i] = trained[i];
        }

        return new LinearHead(weights, head.Model.SubModel.Bias, (float)head.Model.Calibrator.Slope, (float)head.Model.Calibrator.Offset);
    }

    /// <summary>
    /// Checks that the run-time model scores the first texts as the ML.NET heads it was built from do: the vectorizer,
    /// the extracted weights and the calibration together must reproduce the trained model.
    /// </summary>
    /// <param name="ml">The context.</param>
    /// <param name="heads">The heads ML.NET trained, in the model's output order.</param>
    /// <param name="model">The run-time model built from them.</param>
    /// <param name="texts">Texts to score.</param>
    /// <param name="valence">The valence lexicon, or null.</param>
    /// <exception cref="InvalidOperationException">A probability differs by more than 1e-4.</exception>
    public static void Verify(MLContext ml, IReadOnlyList<ITransformer> heads, LinearTextModel model, IReadOnlyList<string> texts, Dictionary<string, float>? valence)
    {
        var sample = texts.Take(200).ToList();
        var vectors = Vectorize(model.Vectorizer, sample, valence);
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, model.Vectorizer.Dimension);
        var view = ml.Data.LoadFromEnumerable(vectors.Select(v => new FeatureRow { Features = v }).ToArray(), schema);
        var actual = sample.Select(text => model.Predict(text, valence)).ToArray();
        for (var h = 0; h < heads.Count; h++)
        {
            var expected = heads[h].Transform(view).GetColumn<float>("Probability").ToArray();
            for (var i = 0; i < sample.Count; i++)
            {
                if (Math.Abs(actual[i][h] - expected[i]) > 1e-4)
                {
                    throw new InvalidOperationException($"internal error: head {h} of the exported model scores text {i} as {actual[i][h]}, ML.NET as {expected[i]}.");
                }
            }
        }
    }

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
