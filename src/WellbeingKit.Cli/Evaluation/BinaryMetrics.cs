namespace WellbeingKit.Cli.Evaluation;

/// <summary>Metrics of a binary classifier: the confusion matrix at the chosen threshold, and threshold-free ROC and PR areas from the scores.</summary>
internal sealed record BinaryMetrics
{
    public int N { get; init; }

    public int TruePositives { get; init; }

    public int FalsePositives { get; init; }

    public int TrueNegatives { get; init; }

    public int FalseNegatives { get; init; }

    /// <summary>Null when nothing was predicted positive.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Null when there is no positive example.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Null when precision or recall is undefined or both are 0.</summary>
    public double? F1 => Precision is { } p && Recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : null;

    /// <summary>The false-positive rate (false alarms among the negatives); null when there is no negative example.</summary>
    public double? FalsePositiveRate => FalsePositives + TrueNegatives == 0 ? null : (double)FalsePositives / (FalsePositives + TrueNegatives);

    /// <summary>Area under the ROC curve (ties count one half); null unless both classes are present.</summary>
    public double? RocAuc { get; init; }

    /// <summary>Average precision (area under the precision-recall curve, step-wise); null without positives.</summary>
    public double? PrAuc { get; init; }

    /// <summary>Computes the metrics.</summary>
    /// <param name="labels">The true labels.</param>
    /// <param name="predicted">The predictions at the threshold.</param>
    /// <param name="scores">The scores (higher means more likely positive).</param>
    /// <returns>The metrics.</returns>
    public static BinaryMetrics Compute(IReadOnlyList<bool> labels, IReadOnlyList<bool> predicted, IReadOnlyList<double> scores)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            switch (labels[i], predicted[i])
            {
                case (true, true): tp++; break;
                case (false, true): fp++; break;
                case (false, false): tn++; break;
                default: fn++; break;
            }
        }

        return new BinaryMetrics
        {
            N = labels.Count,
            TruePositives = tp,
            FalsePositives = fp,
            TrueNegatives = tn,
            FalseNegatives = fn,
            RocAuc = ComputeRocAuc(labels, scores),
            PrAuc = AveragePrecision(labels, scores),
        };
    }

    /// <summary>ROC AUC as the probability that a random positive scores above a random negative (ties count 1/2).</summary>
    public static double? ComputeRocAuc(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        // Rank-sum (Mann-Whitney U) with average ranks for ties.
        var order = Enumerable.Range(0, labels.Count).OrderBy(i => scores[i]).ToArray();
        double rankSumPositives = 0;
        var k = 0;
        while (k < order.Length)
        {
            var j = k;
            while (j + 1 < order.Length && scores[order[j + 1]] == scores[order[k]])
            {
                j++;
            }

            var averageRank = ((k + 1) + (j + 1)) / 2.0;
            for (var m = k; m <= j; m++)
            {
                if (labels[order[m]])
                {
                    rankSumPositives += averageRank;
                }
            }

            k = j + 1;
        }

        return (rankSumPositives - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>Average precision: the mean, over score thresholds, of precision weighted by the recall gained (tied scores form one threshold).</summary>
    public static double? AveragePrecision(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        var positives = labels.Count(l => l);
        if (positives == 0)
        {
            return null;
        }

        double ap = 0;
        int tp = 0, seen = 0;
        foreach (var group in Curve(labels, scores))
        {
            var newTp = group.TruePositives - tp;
            seen = group.TruePositives + group.FalsePositives;
            if (newTp > 0)
            {
                ap += (double)newTp / positives * ((double)group.TruePositives / seen);
            }

            tp = group.TruePositives;
        }

        return ap;
    }

    /// <summary>The cumulative counts at each distinct score threshold, from the highest score down.</summary>
    public static IEnumerable<(double Threshold, int TruePositives, int FalsePositives)> Curve(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        var order = Enumerable.Range(0, labels.Count).OrderByDescending(i => scores[i]).ToArray();
        int tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]])
            {
                tp++;
            }
            else
            {
                fp++;
            }

            if (k + 1 == order.Length || scores[order[k + 1]] != scores[order[k]])
            {
                yield return (scores[order[k]], tp, fp);
            }
        }
    }
}
