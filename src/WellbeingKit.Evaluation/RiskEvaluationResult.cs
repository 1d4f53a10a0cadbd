using System.Text;
using WellbeingKit.Risk;

namespace WellbeingKit.Evaluation;

/// <summary>What a detector answered on a data set, and how well: the metrics at the threshold, at every level and per group, and the latency.</summary>
public sealed class RiskEvaluationResult
{
    internal RiskEvaluationResult(string detector, RiskDataSet data, RiskLevel threshold, IReadOnlyList<RiskAssessment> assessments, double latencyP50Micros, double latencyP99Micros, double messagesPerSecond, IReadOnlyList<string> groupBy)
    {
        Detector = detector;
        Data = data;
        Threshold = threshold;
        Assessments = assessments;
        LatencyP50Micros = latencyP50Micros;
        LatencyP99Micros = latencyP99Micros;
        MessagesPerSecond = messagesPerSecond;
        Predicted = [.. assessments.Select(a => a.Level >= threshold)];
        Scores = [.. assessments.Select(a => a.Score)];
        Metrics = BinaryMetrics.Compute(data.Labels, Predicted, Scores);
        ByThreshold = Enum.GetValues<RiskLevel>()
            .Where(level => level > RiskLevel.None)
            .ToDictionary(level => level, level => BinaryMetrics.Compute(data.Labels, [.. assessments.Select(a => a.Level >= level)], Scores));
        Groups = Group(groupBy);
    }

    /// <summary>The detector's name.</summary>
    public string Detector { get; }

    /// <summary>The data the detector screened.</summary>
    public RiskDataSet Data { get; }

    /// <summary>The level from which a message counted as predicted crisis.</summary>
    public RiskLevel Threshold { get; }

    /// <summary>The detector's assessment of each row, in row order.</summary>
    public IReadOnlyList<RiskAssessment> Assessments { get; }

    /// <summary>Whether each row was predicted crisis (its level is at least <see cref="Threshold"/>).</summary>
    public IReadOnlyList<bool> Predicted { get; }

    /// <summary>The detector's score of each row (0 to 1).</summary>
    public IReadOnlyList<double> Scores { get; }

    /// <summary>The metrics at <see cref="Threshold"/>.</summary>
    public BinaryMetrics Metrics { get; }

    /// <summary>The metrics with each level from <see cref="RiskLevel.Low"/> to <see cref="RiskLevel.Imminent"/> as the threshold.</summary>
    public IReadOnlyDictionary<RiskLevel, BinaryMetrics> ByThreshold { get; }

    /// <summary>The metrics per group at <see cref="Threshold"/>: one entry per value of each grouping column, in column order, values in ordinal order.</summary>
    public IReadOnlyList<GroupMetrics> Groups { get; }

    /// <summary>The median time of one screening, in microseconds.</summary>
    public double LatencyP50Micros { get; }

    /// <summary>The 99th percentile time of one screening, in microseconds.</summary>
    public double LatencyP99Micros { get; }

    /// <summary>Messages screened per second over the whole run.</summary>
    public double MessagesPerSecond { get; }

    /// <summary>
    /// The metrics as JSON: <c>n, tp, fp, tn, fn, precision, recall, f1, fpr, roc_auc, pr_auc, latency_us {p50, p99},
    /// messages_per_second</c>, and <c>by {column: {value: {n ... pr_auc}}}</c> when grouped; an undefined ratio is null.
    /// </summary>
    /// <returns>The JSON text, indented, ending with a line break.</returns>
    public string ToJson() => RiskEvaluationWriter.Json(this);

    /// <summary>A Markdown report: the metrics table and a table per grouping column.</summary>
    /// <param name="dataName">The name of the data shown in the report (for example the file name); none when null.</param>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown(string? dataName = null) => RiskEvaluationWriter.Markdown(this, dataName);

    /// <summary>Writes the input rows, in order, with every input column plus <c>predicted</c> (0/1), <c>score</c>, <c>level</c> and <c>categories</c> (<c>;</c>-separated, kebab-case) as CSV.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="evidence">True to add an <c>evidence</c> column (<c>rule=matched text@level</c>, <c>;</c>-separated) after the others.</param>
    public void WritePredictions(TextWriter writer, bool evidence = false) => RiskEvaluationWriter.Predictions(this, writer, evidence);

    /// <summary>Writes the predictions (<see cref="WritePredictions(TextWriter, bool)"/>), the JSON (<see cref="ToJson"/>) and, when asked, the Markdown report to files, creating their folders.</summary>
    /// <param name="predictionsPath">The predictions CSV file; not written when null.</param>
    /// <param name="jsonPath">The metrics JSON file; not written when null.</param>
    /// <param name="markdownPath">The Markdown report file; not written when null.</param>
    /// <param name="evidence">True to add the evidence column to the predictions.</param>
    public void WriteFiles(string? predictionsPath, string? jsonPath, string? markdownPath = null, bool evidence = false)
    {
        if (predictionsPath is not null)
        {
            CreateParent(predictionsPath);
            using var writer = new StreamWriter(predictionsPath, false, new UTF8Encoding(false));
            WritePredictions(writer, evidence);
        }

        if (jsonPath is not null)
        {
            CreateParent(jsonPath);
            File.WriteAllText(jsonPath, ToJson());
        }

        if (markdownPath is not null)
        {
            CreateParent(markdownPath);
            File.WriteAllText(markdownPath, ToMarkdown());
        }
    }

    private static void CreateParent(string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (parent is not null)
        {
            Directory.CreateDirectory(parent);
        }
    }

    private List<GroupMetrics> Group(IReadOnlyList<string> columns)
    {
        var groups = new List<GroupMetrics>();
        foreach (var column in columns)
        {
            var index = Data.Require(column, "a grouping column");
            foreach (var value in Data.Rows.Select(r => r[index]).Distinct().Order(StringComparer.Ordinal))
            {
                var rows = Enumerable.Range(0, Data.Count).Where(i => Data.Rows[i][index] == value).ToArray();
                groups.Add(new GroupMetrics(column, value, BinaryMetrics.Compute(
                    [.. rows.Select(i => Data.Labels[i])], [.. rows.Select(i => Predicted[i])], [.. rows.Select(i => Scores[i])])));
            }
        }

        return groups;
    }
}
