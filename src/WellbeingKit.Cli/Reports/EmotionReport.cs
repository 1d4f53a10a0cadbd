using System.Globalization;
using System.Text;
using WellbeingKit.ML.Training;

namespace WellbeingKit.Cli.Reports;

/// <summary>The Markdown report of <c>wellbeing eval emotion --report</c>, with a per-label F1 bar chart.</summary>
internal static class EmotionReport
{
    /// <summary>Writes <c>emotion-report.md</c> and <c>emotion-f1.svg</c> into <paramref name="directory"/>.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="dataPath">The evaluated data file (named in the report).</param>
    /// <param name="directory">The report folder (created when missing).</param>
    /// <returns>The path of the Markdown file.</returns>
    public static string Write(MultiLabelEvaluation evaluation, string dataPath, string directory)
    {
        Directory.CreateDirectory(directory);
        const string chart = "emotion-f1.svg";
        DrawF1Chart(evaluation, Path.Combine(directory, chart));
        var c = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine("# Emotion classifier evaluation").AppendLine();
        md.AppendLine(c, $"Data: `{Path.GetFileName(dataPath)}` ({evaluation.Examples} examples). Macro F1 **{evaluation.MacroF1:0.000}**, micro F1 {evaluation.MicroF1:0.000}.").AppendLine();
        md.AppendLine(c, $"![Per-label F1]({chart})").AppendLine();
        md.AppendLine("| label | precision | recall | F1 | support | threshold |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var l in evaluation.Labels)
        {
            md.AppendLine(c, $"| {l.Label} | {l.Precision:0.000} | {l.Recall:0.000} | {l.F1:0.000} | {l.Support} | {l.Threshold:0.00} |");
        }

        var path = Path.Combine(directory, "emotion-report.md");
        File.WriteAllText(path, md.ToString());
        return path;
    }

    /// <summary>Draws a horizontal bar per label (F1), best at the top, with the macro F1 as a vertical line.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="path">The SVG to write.</param>
    public static void DrawF1Chart(MultiLabelEvaluation evaluation, string path)
    {
        var ordered = evaluation.Labels.OrderByDescending(l => l.F1).ToArray();
        Charts.SaveHorizontalBars(
            path,
            "Per-label F1",
            [.. ordered.Select(l => l.Label)],
            [.. ordered.Select(l => l.F1)],
            "F1",
            evaluation.MacroF1,
            string.Create(CultureInfo.InvariantCulture, $"macro F1 {evaluation.MacroF1:0.000}"));
    }
}
