using System.CommandLine;
using System.Text.Json;
using WellbeingKit.Cli.Reports;
using WellbeingKit.ML.Training;

namespace WellbeingKit.Cli.Commands;

/// <summary><c>wellbeing eval emotion</c>: per-label precision, recall and F1, and macro F1, of an emotion model on GoEmotions-style data.</summary>
internal static class EvalEmotionCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Adds <c>emotion</c> under the root's <c>eval</c> command, creating <c>eval</c> when no other command has.</summary>
    /// <param name="root">The root command.</param>
    public static void AddTo(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var eval = root.Subcommands.FirstOrDefault(c => c.Name == "eval");
        if (eval is null)
        {
            eval = new Command("eval", "Evaluate detectors and classifiers on labelled data.");
            root.Subcommands.Add(eval);
        }

        eval.Subcommands.Add(Create());
    }

    /// <summary>Creates the <c>emotion</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "A GoEmotions-style TSV: text<TAB>comma-separated label ids[<TAB>id].", Required = true };
        var json = new Option<string>("--json") { Description = "Where to write the metrics (JSON).", Required = true };
        var report = new Option<string?>("--report") { Description = "A folder for a Markdown report with a per-label F1 bar chart (SVG)." };
        var model = new Option<string?>("--model") { Description = "A model file from 'wellbeing train emotion' (default: the shipped model)." };
        var command = new Command("emotion", "Evaluate the emotion classifier: per-label precision/recall/F1 and macro F1.") { data, json, report, model };
        command.SetAction(parse =>
        {
            try
            {
                Run(parse.GetValue(data)!, parse.GetValue(json)!, parse.GetValue(report), parse.GetValue(model));
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static void Run(string dataPath, string jsonPath, string? reportDirectory, string? modelPath)
    {
        var measured = EmotionModelEvaluator.Evaluate(dataPath, modelPath);
        var evaluation = measured.Metrics;
        var output = new
        {
            n = evaluation.Examples,
            macro_f1 = Math.Round(evaluation.MacroF1, 4),
            micro_f1 = Math.Round(evaluation.MicroF1, 4),
            model = measured.Model,
            labels = evaluation.Labels.Select(l => new
            {
                label = l.Label,
                precision = Math.Round(l.Precision, 4),
                recall = Math.Round(l.Recall, 4),
                f1 = Math.Round(l.F1, 4),
                support = l.Support,
                threshold = Math.Round(l.Threshold, 2),
            }),
            model_load_ms = Math.Round(measured.ModelLoadMilliseconds, 1),
            messages_per_second = Math.Round(measured.MessagesPerSecond, 1),
        };
        WriteFile(jsonPath, JsonSerializer.Serialize(output, JsonOptions));
        Console.WriteLine($"macro_f1 {evaluation.MacroF1:0.0000} micro_f1 {evaluation.MicroF1:0.0000} ({evaluation.Examples} examples)");
        if (reportDirectory is not null)
        {
            var markdown = EmotionReport.Write(evaluation, dataPath, reportDirectory);
            Console.WriteLine($"report: {markdown}");
        }
    }

    private static void WriteFile(string path, string content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, content);
    }
}
