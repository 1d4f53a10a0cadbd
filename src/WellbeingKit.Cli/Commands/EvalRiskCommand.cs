using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using WellbeingKit.Cli.Reports;
using WellbeingKit.Content;
using WellbeingKit.Evaluation;
using WellbeingKit.ML.Training;
using WellbeingKit.Risk;

namespace WellbeingKit.Cli.Commands;

/// <summary><c>wellbeing eval risk</c>: runs a registered risk detector, or one from an assembly built elsewhere, over a labelled CSV and measures it with WellbeingKit.Evaluation.</summary>
internal static class EvalRiskCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Description = "The labelled input: CSV with a header (or GoEmotions TSV with --format goemotions, one message per line with --format lines). Several files (the same header) are read one after the other.", Required = true, AllowMultipleArgumentsPerToken = true };
        var textColumn = new Option<string>("--text-column") { Description = "The text column; join several with '+' (for example title+selftext: joined with a space).", DefaultValueFactory = _ => "text" };
        var labelColumn = new Option<string>("--label-column") { Description = "The label column: 1 (crisis) or 0.", DefaultValueFactory = _ => "crisis" };
        var detector = new Option<string>("--detector") { Description = "The detector by name: lexicon, ml, composite (every registered detector), or any registered IRiskDetector's name. With --detector-assembly: the class name (or the detector's Name) in that assembly, needed when it holds several.", DefaultValueFactory = _ => "lexicon" };
        var detectorAssembly = new Option<string?>("--detector-assembly") { Description = "An assembly (.dll) built against the WellbeingKit package holding your own IRiskDetector: it is loaded with its dependencies and created with a parameterless constructor or one taking ILogger<T>, IOptions<T>, TimeProvider or other WellbeingKit services." };
        var predictions = new Option<string>("--predictions") { Description = "Where to write the input rows plus predicted, score, level and categories (CSV).", Required = true };
        var json = new Option<string>("--json") { Description = "Where to write the metrics (JSON).", Required = true };
        var report = new Option<string?>("--report") { Description = "A folder for a Markdown report with PR and ROC curves and a confusion matrix (SVG)." };
        var content = new Option<string?>("--content") { Description = "A content pack folder whose lexicons to use (default: the embedded default pack)." };
        var locale = new Option<string?>("--locale") { Description = "The locale passed to the detector (default: unknown, every lexicon runs)." };
        var threshold = new Option<string>("--threshold") { Description = "The level from which a message counts as predicted crisis: low, moderate (default), high or imminent.", DefaultValueFactory = _ => "moderate" };
        var format = new Option<string>("--format") { Description = "csv (a header row), goemotions (TSV text<TAB>labels<TAB>id, no header; every row is labelled 0) or lines (one message per line, every row labelled 0; columns text, line, crisis).", DefaultValueFactory = _ => "csv" };
        var part = new Option<string>("--part") { Description = "all (default), tuning or held-out: the project's fixed split of each file's rows (docs/risk.md, Splits).", DefaultValueFactory = _ => "all" };
        var by = new Option<string[]>("--by") { Description = "Columns to group the metrics by (for example lang, kind): the same metrics per value in the JSON (\"by\") and the report.", AllowMultipleArgumentsPerToken = true };
        var localeColumn = new Option<string?>("--locale-column") { Description = "A column holding each row's locale, passed to the detector (as the chat passes the user's locale); overrides --locale." };
        var historyColumn = new Option<string?>("--history-column") { Description = "A column holding each row's earlier user messages, oldest first, separated by ' | ', passed as the conversation history (conversation rules)." };
        var evidence = new Option<bool>("--evidence") { Description = "Add an evidence column to the predictions (rule id=matched text;...), after the standard columns." };
        var command = new Command("risk", "Measure a risk detector on labelled messages: predictions CSV, metrics JSON, optional report.")
        {
            data, textColumn, labelColumn, detector, detectorAssembly, predictions, json, report, content, locale, threshold, format, evidence, part, by, localeColumn, historyColumn,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var files = parse.GetValue(data)!;
                var dataPart = DataSplit.TryParse(parse.GetValue(part)!, out var parsedPart)
                    ? parsedPart
                    : throw new EvaluationInputException($"--part: '{parse.GetValue(part)}' is not a part; use all, tuning or held-out.");
                var read = new RiskDataReadOptions
                {
                    TextColumn = parse.GetValue(textColumn)!,
                    LabelColumn = parse.GetValue(labelColumn)!,
                    Format = parse.GetValue(format)!.ToLowerInvariant() switch
                    {
                        "csv" => RiskDataFormat.Csv,
                        "goemotions" => RiskDataFormat.GoEmotions,
                        "lines" => RiskDataFormat.Lines,
                        var other => throw new EvaluationInputException($"--format: '{other}' is not a format; use csv, goemotions or lines."),
                    },
                };
                var evaluation = new RiskEvaluationOptions
                {
                    GroupBy = [.. (parse.GetValue(by) ?? []).SelectMany(b => b.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                    LocaleColumn = parse.GetValue(localeColumn),
                    HistoryColumn = parse.GetValue(historyColumn),
                    Locale = parse.GetValue(locale),
                    Threshold = ParseLevel(parse.GetValue(threshold)!),
                };
                var run = new Run(
                    files,
                    read,
                    dataPart,
                    evaluation,
                    parse.GetValue(detectorAssembly),
                    parse.GetResult(detector) is { Implicit: false } ? parse.GetValue(detector)! : null,
                    parse.GetValue(predictions)!,
                    parse.GetValue(json)!,
                    parse.GetValue(report),
                    parse.GetValue(evidence),
                    parse.GetValue(content));
                return await RunAsync(run, cancellationToken);
            }
            catch (EvaluationInputException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
            catch (ContentValidationException e)
            {
                Console.Error.WriteLine($"error: the content pack is not valid:{Environment.NewLine}{string.Join(Environment.NewLine, e.Problems)}");
                return 1;
            }
        });
        return command;
    }

    private static RiskLevel ParseLevel(string value) =>
        Enum.TryParse<RiskLevel>(value, ignoreCase: true, out var level) && Enum.IsDefined(level) && level > RiskLevel.None
            ? level
            : throw new EvaluationInputException($"--threshold: '{value}' is not a level; use low, moderate, high or imminent.");

    /// <summary>What the command line asked for.</summary>
    private sealed record Run(
        string[] Files,
        RiskDataReadOptions Read,
        DataPart Part,
        RiskEvaluationOptions Evaluation,
        string? DetectorAssembly,
        string? Detector,
        string PredictionsPath,
        string JsonPath,
        string? ReportDirectory,
        bool Evidence,
        string? ContentDirectory)
    {
        public string DetectorName => Detector ?? (DetectorAssembly is null ? "lexicon" : Path.GetFileNameWithoutExtension(DetectorAssembly));
    }

    /// <summary>Reads every file (each restricted to the part of the fixed split) into one data set.</summary>
    private static RiskDataSet ReadData(Run run)
    {
        RiskDataSet? all = null;
        foreach (var path in run.Files)
        {
            var data = RiskDataSet.Read(path, run.Read);
            if (run.Part != DataPart.All)
            {
                data = data.WhereRowNumber(n => DataSplit.Keeps(run.Part, n));
            }

            if (all is not null && !all.Columns.SequenceEqual(data.Columns))
            {
                throw new EvaluationInputException($"--data: '{path}' has the columns {string.Join(", ", data.Columns)}; the first file has {string.Join(", ", all.Columns)}. Files read together need the same header.");
            }

            all = all is null ? data : all.Concat(data);
        }

        return all!;
    }

    private static async Task<int> RunAsync(Run run, CancellationToken cancellationToken)
    {
        if (run.ContentDirectory is not null && !Directory.Exists(run.ContentDirectory))
        {
            throw new EvaluationInputException($"--content: the folder '{run.ContentDirectory}' does not exist.");
        }

        var data = ReadData(run);
        foreach (var (column, option) in run.Evaluation.GroupBy.Select(c => ((string?)c, "--by")).Append((run.Evaluation.LocaleColumn, "--locale-column")).Append((run.Evaluation.HistoryColumn, "--history-column")))
        {
            if (column is not null && data.IndexOf(column) < 0)
            {
                throw new EvaluationInputException($"{option}: no column '{column}'; the columns are: {string.Join(", ", data.Columns)}.");
            }
        }

        await using var services = CliServices.Build(new CliSettings { ContentDirectory = run.ContentDirectory, Locale = run.Evaluation.Locale });
        var detector = run.DetectorAssembly is { } assembly
            ? DetectorAssembly.Create(assembly, run.Detector, services)
            : Resolve(services, run.DetectorName);
        try
        {
            RiskEvaluationResult result;
            if (!Console.IsOutputRedirected && data.Count >= 200)
            {
                result = await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask($"screening {data.Count} messages with '{run.DetectorName}'", maxValue: data.Count);
                        return await RiskEvaluator.EvaluateAsync(detector, data, run.Evaluation, new Progress<int>(done => task.Value = done), cancellationToken);
                    });
            }
            else
            {
                result = await RiskEvaluator.EvaluateAsync(detector, data, run.Evaluation, null, cancellationToken);
            }

            result.WriteFiles(run.PredictionsPath, run.JsonPath, evidence: run.Evidence);
            if (run.ReportDirectory is not null)
            {
                RiskEvaluationReport.Write(result, run.DetectorName, run.Files[0], run.ReportDirectory);
            }

            var m = result.Metrics;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{run.DetectorName}: n={m.N} tp={m.TruePositives} fp={m.FalsePositives} tn={m.TrueNegatives} fn={m.FalseNegatives} recall={Show(m.Recall)} precision={Show(m.Precision)} fpr={Show(m.FalsePositiveRate)} roc_auc={Show(m.RocAuc)} p50={result.LatencyP50Micros:0.0}us msg/s={result.MessagesPerSecond:0}"));
            foreach (var g in result.Groups)
            {
                var gm = g.Metrics;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {g.Column}={g.Value}: n={gm.N} recall={Show(gm.Recall)} ({gm.TruePositives}/{gm.TruePositives + gm.FalseNegatives}) fpr={Show(gm.FalsePositiveRate)} ({gm.FalsePositives}/{gm.FalsePositives + gm.TrueNegatives})"));
            }

            Console.WriteLine($"predictions: {run.PredictionsPath}  metrics: {run.JsonPath}{(run.ReportDirectory is null ? "" : $"  report: {Path.Combine(run.ReportDirectory, "report.md")}")}");
            return 0;
        }
        finally
        {
            if (run.DetectorAssembly is not null)
            {
                switch (detector)
                {
                    case IAsyncDisposable a: await a.DisposeAsync(); break;
                    case IDisposable d: d.Dispose(); break;
                }
            }
        }
    }

    private static string Show(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>Finds the detector by name among the registered ones; <c>composite</c> is the <see cref="RiskScreener"/>.</summary>
    internal static IRiskDetector Resolve(IServiceProvider services, string name)
    {
        if (string.Equals(name, "composite", StringComparison.OrdinalIgnoreCase))
        {
            return services.GetRequiredService<RiskScreener>();
        }

        var detectors = services.GetServices<IRiskDetector>().ToList();
        return detectors.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new EvaluationInputException($"--detector: no detector named '{name}' is registered; the registered ones are: {string.Join(", ", detectors.Select(d => d.Name).Append("composite"))}.");
    }
}
