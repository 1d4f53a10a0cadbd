using System.Globalization;
using System.Text;
using WellbeingKit.Cli.Reports;

namespace WellbeingKit.Cli.Evaluation;

/// <summary>The human-readable report of a risk evaluation: a Markdown table and three charts.</summary>
internal static class RiskEvaluationReport
{
    /// <summary>Writes <c>report.md</c> with the confusion matrix, ROC and precision-recall charts into the report folder.</summary>
    public static void Write(RiskEvaluationOptions options, EvaluationTable table, double[] scores, RiskEvaluationResult result)
    {
        var directory = options.ReportDirectory!;
        Directory.CreateDirectory(directory);
        var m = result.Metrics;
        var curve = BinaryMetrics.Curve(table.Labels, scores).ToList();
        var positives = m.TruePositives + m.FalseNegatives;
        var negatives = m.FalsePositives + m.TrueNegatives;
        var hasPr = positives > 0;
        var hasRoc = positives > 0 && negatives > 0;
        if (hasRoc)
        {
            var fpr = new[] { 0.0 }.Concat(curve.Select(c => (double)c.FalsePositives / negatives)).ToArray();
            var tpr = new[] { 0.0 }.Concat(curve.Select(c => (double)c.TruePositives / positives)).ToArray();
            Charts.SaveLines(Path.Combine(directory, "roc.png"), $"ROC curve ({options.Detector}), AUC {Format(m.RocAuc)}", "false positive rate", "true positive rate (recall)", [new ChartSeries(options.Detector, fpr, tpr)], diagonal: true);
        }

        if (hasPr)
        {
            var recall = curve.Select(c => (double)c.TruePositives / positives).ToArray();
            var precision = curve.Select(c => (double)c.TruePositives / (c.TruePositives + c.FalsePositives)).ToArray();
            Charts.SaveLines(Path.Combine(directory, "pr.png"), $"Precision-recall ({options.Detector}), AP {Format(m.PrAuc)}", "recall", "precision", [new ChartSeries(options.Detector, recall, precision)]);
        }

        Charts.SaveMatrix(
            Path.Combine(directory, "confusion.png"),
            $"Confusion matrix ({options.Detector}, crisis = level >= {options.Threshold})",
            ["crisis (1)", "not crisis (0)"],
            ["predicted crisis", "predicted not"],
            new[,] { { m.TruePositives, m.FalseNegatives }, { m.FalsePositives, m.TrueNegatives } },
            "actual",
            "predicted");

        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Risk detector evaluation: {options.Detector}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Data: `{Path.GetFileName(options.DataPath)}` ({m.N} messages: {positives} crisis, {negatives} not). A message is predicted a crisis when its level is {options.Threshold} or above.");
        md.AppendLine();
        md.AppendLine("| metric | value |");
        md.AppendLine("|---|---|");
        foreach (var (name, value) in new (string, string)[]
        {
            ("true positives", m.TruePositives.ToString(CultureInfo.InvariantCulture)),
            ("false positives", m.FalsePositives.ToString(CultureInfo.InvariantCulture)),
            ("true negatives", m.TrueNegatives.ToString(CultureInfo.InvariantCulture)),
            ("false negatives", m.FalseNegatives.ToString(CultureInfo.InvariantCulture)),
            ("precision", Format(m.Precision)),
            ("recall", Format(m.Recall)),
            ("F1", Format(m.F1)),
            ("false positive rate", Format(m.FalsePositiveRate)),
            ("ROC AUC", Format(m.RocAuc)),
            ("PR AUC (average precision)", Format(m.PrAuc)),
            ("latency p50 (µs)", result.LatencyP50Micros.ToString("0.0", CultureInfo.InvariantCulture)),
            ("latency p99 (µs)", result.LatencyP99Micros.ToString("0.0", CultureInfo.InvariantCulture)),
            ("messages per second", result.MessagesPerSecond.ToString("0", CultureInfo.InvariantCulture)),
        })
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value} |");
        }

        foreach (var column in result.Groups.GroupBy(g => g.Column))
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"## By {column.Key}");
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"| {column.Key} | n | crisis | recall | false alarms | fpr | precision |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var g in column)
            {
                var gm = g.Metrics;
                md.AppendLine(CultureInfo.InvariantCulture, $"| {g.Value} | {gm.N} | {gm.TruePositives + gm.FalseNegatives} | {Format(gm.Recall)} | {gm.FalsePositives}/{gm.FalsePositives + gm.TrueNegatives} | {Format(gm.FalsePositiveRate)} | {Format(gm.Precision)} |");
            }
        }

        md.AppendLine();
        md.AppendLine("![Confusion matrix](confusion.png)");
        md.AppendLine();
        md.AppendLine(hasRoc ? "![ROC curve](roc.png)" : "No ROC curve: the data has only one class.");
        md.AppendLine();
        md.AppendLine(hasPr ? "![Precision-recall curve](pr.png)" : "No precision-recall curve: the data has no crisis message.");
        File.WriteAllText(Path.Combine(directory, "report.md"), md.ToString());
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
