namespace WellbeingKit.Evaluation;

/// <summary>Metrics of a binary classifier: the confusion matrix at the chosen threshold, and threshold-free ROC and PR areas from the scores.</summary>
public sealed record BinaryMetrics
{
    /// <summary>The number of rows.</summary>
    public int N { get; init; }

    /// <summary>Crisis rows predicted crisis.</summary>
    public int TruePositives { get; init; }

    /// <summary>Rows that are not a crisis but were predicted crisis (false alarms).</summary>
    public int FalsePositives { get; init; }

    /// <summary>Rows that are not a crisis, predicted not.</summary>
    public int TrueNegatives { get; init; }

    /// <summary>Crisis rows predicted not (misses).</summary>
    public int FalseNegatives { get; init; }

    /// <summary>The precision (the share of predicted crises that are crises); null when nothing was predicted positive.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>The recall (the share of crises found); null when there is no positive example.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall; null when either is undefined or both are 0.</summary>
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
    /// <exception cref="ArgumentException">The three lists do not have the same length.</exception>
    public static BinaryMetrics Compute(IReadOnlyList<bool> labels, IReadOnlyList<bool> predicted, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(scores);
        if (predicted.Count != labels.Count || scores.Count != labels.Count)
        {
            throw new ArgumentException($"labels ({labels.Count}), predictions ({predicted.Count}) and scores ({scores.Count}) must have the same length.", nameof(predicted));
        }

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
    /// <param name="labels">The true labels.</param>
    /// <param name="scores">The scores, one per label.</param>
    /// <returns>The area; null unless both classes are present.</returns>
    public static double? ComputeRocAuc(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(scores);
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
    /// <param name="labels">The true labels.</param>
    /// <param name="scores">The scores, one per label.</param>
    /// <returns>The average precision; null without positives.</returns>
    public static double? AveragePrecision(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(scores);
        var positives = labels.Count(l => l);
        if (positives == 0)
        {
            return null;
        }

        double ap = 0;
        int tp = 0, seen = 0;
        foreach (var group in CurveOf(labels, scores))
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
    /// <param name="labels">The true labels.</param>
    /// <param name="scores">The scores, one per label.</param>
    /// <returns>One point per distinct score, highest first.</returns>
    public static IEnumerable<CurvePoint> Curve(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(scores);
        return CurveOf(labels, scores);
    }

    private static IEnumerable<CurvePoint> CurveOf(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
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
                yield return new CurvePoint(scores[order[k]], tp, fp);
            }
        }
    }
}
