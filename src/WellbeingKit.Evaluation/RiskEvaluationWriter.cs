using System.Globalization;
using System.Text;
using System.Text.Json;
using WellbeingKit.Risk;

namespace WellbeingKit.Evaluation;

/// <summary>Writes a result as the CLI contract's predictions CSV and metrics JSON, and as a Markdown report.</summary>
internal static class RiskEvaluationWriter
{
    public static void Predictions(RiskEvaluationResult result, TextWriter writer, bool evidence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var csv = new CsvWriter(writer);
        var data = result.Data;
        csv.Write([.. data.Columns, "predicted", "score", "level", "categories", .. evidence ? new[] { "evidence" } : []]);
        for (var i = 0; i < data.Count; i++)
        {
            var a = result.Assessments[i];
            csv.Write([
                .. data.Rows[i],
                result.Predicted[i] ? "1" : "0",
                a.Score.ToString("0.####", CultureInfo.InvariantCulture),
                a.Level.ToString(),
                string.Join(';', a.Categories.Select(Kebab)),
                .. evidence ? new[] { string.Join(';', a.Evidence.Select(e => $"{e.RuleId}={e.Text}@{e.Level}")) } : [],
            ]);
        }
    }

    public static string Json(RiskEvaluationResult result)
    {
        var m = result.Metrics;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WriteCounts(json, m);
            json.WriteStartObject("latency_us");
            json.WriteNumber("p50", Math.Round(result.LatencyP50Micros, 2));
            json.WriteNumber("p99", Math.Round(result.LatencyP99Micros, 2));
            json.WriteEndObject();
            json.WriteNumber("messages_per_second", Math.Round(result.MessagesPerSecond, 1));
            if (result.Groups.Count > 0)
            {
                // "by": { column: { value: { n, tp, fp, tn, fn, precision, recall, f1, fpr, roc_auc, pr_auc } } }
                json.WriteStartObject("by");
                foreach (var column in result.Groups.GroupBy(g => g.Column))
                {
                    json.WriteStartObject(column.Key);
                    foreach (var group in column)
                    {
                        json.WriteStartObject(group.Value);
                        WriteCounts(json, group.Metrics);
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    public static string Markdown(RiskEvaluationResult result, string? dataName)
    {
        var m = result.Metrics;
        var positives = m.TruePositives + m.FalseNegatives;
        var negatives = m.FalsePositives + m.TrueNegatives;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Risk detector evaluation: {result.Detector}");
        md.AppendLine();
        var data = dataName is null ? "" : $"`{dataName}` ";
        md.AppendLine(CultureInfo.InvariantCulture, $"Data: {data}({m.N} messages: {positives} crisis, {negatives} not). A message is predicted a crisis when its level is {result.Threshold} or above.");
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

        md.AppendLine();
        md.AppendLine("## By threshold");
        md.AppendLine();
        md.AppendLine("| predicted crisis from | recall | precision | false alarms | fpr |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (level, tm) in result.ByThreshold)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {level} | {Format(tm.Recall)} | {Format(tm.Precision)} | {tm.FalsePositives}/{tm.FalsePositives + tm.TrueNegatives} | {Format(tm.FalsePositiveRate)} |");
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

        return md.ToString();
    }

    /// <summary>A ratio as the report shows it: three decimals, or <c>n/a</c> when undefined.</summary>
    public static string Format(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>The category as written in content and CSV: kebab-case (<c>suicidal-ideation</c>).</summary>
    private static string Kebab(RiskCategory category) => JsonNamingPolicy.KebabCaseLower.ConvertName(category.ToString());

    private static void WriteCounts(Utf8JsonWriter json, BinaryMetrics m)
    {
        json.WriteNumber("n", m.N);
        json.WriteNumber("tp", m.TruePositives);
        json.WriteNumber("fp", m.FalsePositives);
        json.WriteNumber("tn", m.TrueNegatives);
        json.WriteNumber("fn", m.FalseNegatives);
        Number(json, "precision", m.Precision);
        Number(json, "recall", m.Recall);
        Number(json, "f1", m.F1);
        Number(json, "fpr", m.FalsePositiveRate);
        Number(json, "roc_auc", m.RocAuc);
        Number(json, "pr_auc", m.PrAuc);
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
