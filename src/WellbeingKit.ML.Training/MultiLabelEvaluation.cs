namespace WellbeingKit.ML.Training;

/// <summary>Multi-label evaluation: per-label metrics, macro F1 and micro F1.</summary>
/// <param name="Labels">Per-label metrics, in label order.</param>
/// <param name="MacroF1">The mean of the per-label F1.</param>
/// <param name="MicroF1">F1 over all label decisions pooled.</param>
/// <param name="Examples">How many examples were evaluated.</param>
public sealed record MultiLabelEvaluation(IReadOnlyList<LabelMetrics> Labels, double MacroF1, double MicroF1, int Examples)
{
    /// <summary>Evaluates probabilities against the truth with per-label thresholds.</summary>
    /// <param name="labels">The label names.</param>
    /// <param name="thresholds">The per-label thresholds.</param>
    /// <param name="probabilities">The probabilities of each example.</param>
    /// <param name="truth">The label ids of each example.</param>
    /// <returns>The evaluation.</returns>
    public static MultiLabelEvaluation Compute(IReadOnlyList<string> labels, IReadOnlyList<float> thresholds, IReadOnlyList<float[]> probabilities, IReadOnlyList<int[]> truth)
    {
        var k = labels.Count;
        var tp = new int[k];
        var fp = new int[k];
        var fn = new int[k];
        for (var i = 0; i < probabilities.Count; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var predicted = probabilities[i][j] >= thresholds[j];
                var actual = Array.IndexOf(truth[i], j) >= 0;
                if (predicted && actual)
                {
                    tp[j]++;
                }
                else if (predicted)
                {
                    fp[j]++;
                }
                else if (actual)
                {
                    fn[j]++;
                }
            }
        }

        var metrics = new LabelMetrics[k];
        for (var j = 0; j < k; j++)
        {
            var precision = tp[j] + fp[j] == 0 ? 0 : (double)tp[j] / (tp[j] + fp[j]);
            var recall = tp[j] + fn[j] == 0 ? 0 : (double)tp[j] / (tp[j] + fn[j]);
            var f1 = tp[j] == 0 ? 0 : 2.0 * tp[j] / ((2.0 * tp[j]) + fp[j] + fn[j]);
            metrics[j] = new LabelMetrics(labels[j], precision, recall, f1, tp[j] + fn[j], thresholds[j]);
        }

        var tpSum = tp.Sum();
        var micro = tpSum == 0 ? 0 : 2.0 * tpSum / ((2.0 * tpSum) + fp.Sum() + fn.Sum());
        return new MultiLabelEvaluation(metrics, metrics.Average(m => m.F1), micro, probabilities.Count);
    }
}
