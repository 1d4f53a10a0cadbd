using WellbeingKit.Evaluation;

namespace WellbeingKit.Cli.Reports;

/// <summary>The report folder of <c>eval risk --report</c>: the library's Markdown report plus three charts (kept here so the library needs no plotting).</summary>
internal static class RiskEvaluationReport
{
    /// <summary>Writes <c>report.md</c> with the confusion matrix, ROC and precision-recall charts into <paramref name="directory"/>.</summary>
    /// <param name="result">The evaluation.</param>
    /// <param name="name">The detector's name as the user gave it.</param>
    /// <param name="dataPath">The input file, named in the report.</param>
    /// <param name="directory">The report folder.</param>
    public static void Write(RiskEvaluationResult result, string name, string dataPath, string directory)
    {
        Directory.CreateDirectory(directory);
        var m = result.Metrics;
        var curve = BinaryMetrics.Curve(result.Data.Labels, result.Scores).ToList();
        var positives = m.TruePositives + m.FalseNegatives;
        var negatives = m.FalsePositives + m.TrueNegatives;
        var hasPr = positives > 0;
        var hasRoc = positives > 0 && negatives > 0;
        if (hasRoc)
        {
            var fpr = new[] { 0.0 }.Concat(curve.Select(c => (double)c.FalsePositives / negatives)).ToArray();
            var tpr = new[] { 0.0 }.Concat(curve.Select(c => (double)c.TruePositives / positives)).ToArray();
            Charts.SaveLines(Path.Combine(directory, "roc.svg"), $"ROC curve ({name}), AUC {Format(m.RocAuc)}", "false positive rate", "true positive rate (recall)", [new ChartSeries(name, fpr, tpr)], diagonal: true);
        }

        if (hasPr)
        {
            var recall = curve.Select(c => (double)c.TruePositives / positives).ToArray();
            var precision = curve.Select(c => (double)c.TruePositives / (c.TruePositives + c.FalsePositives)).ToArray();
            Charts.SaveLines(Path.Combine(directory, "pr.svg"), $"Precision-recall ({name}), AP {Format(m.PrAuc)}", "recall", "precision", [new ChartSeries(name, recall, precision)]);
        }

        Charts.SaveMatrix(
            Path.Combine(directory, "confusion.svg"),
            $"Confusion matrix ({name}, crisis = level >= {result.Threshold})",
            ["crisis (1)", "not crisis (0)"],
            ["predicted crisis", "predicted not"],
            new[,] { { m.TruePositives, m.FalseNegatives }, { m.FalsePositives, m.TrueNegatives } },
            "actual",
            "predicted");

        var md = result.ToMarkdown(Path.GetFileName(dataPath)) + string.Join(
            Environment.NewLine,
            "",
            "![Confusion matrix](confusion.svg)",
            "",
            hasRoc ? "![ROC curve](roc.svg)" : "No ROC curve: the data has only one class.",
            "",
            hasPr ? "![Precision-recall curve](pr.svg)" : "No precision-recall curve: the data has no crisis message.",
            "");
        File.WriteAllText(Path.Combine(directory, "report.md"), md);
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
}
