using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using WellbeingKit.Cli.Evaluation;
using WellbeingKit.Content;
using WellbeingKit.Risk;

namespace WellbeingKit.Cli.Commands;

/// <summary><c>wellbeing eval risk</c>: runs a registered risk detector over a labelled CSV and measures it.</summary>
internal static class EvalRiskCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Description = "The labelled input: CSV with a header (or GoEmotions TSV with --format goemotions, one message per line with --format lines). Several files (the same header) are read one after the other.", Required = true, AllowMultipleArgumentsPerToken = true };
        var textColumn = new Option<string>("--text-column") { Description = "The text column; join several with '+' (for example title+selftext: joined with a space).", DefaultValueFactory = _ => "text" };
        var labelColumn = new Option<string>("--label-column") { Description = "The label column: 1 (crisis) or 0.", DefaultValueFactory = _ => "crisis" };
        var detector = new Option<string>("--detector") { Description = "The detector by name: lexicon, ml, composite (every registered detector), or any registered IRiskDetector's name.", DefaultValueFactory = _ => "lexicon" };
        var predictions = new Option<string>("--predictions") { Description = "Where to write the input rows plus predicted, score, level and categories (CSV).", Required = true };
        var json = new Option<string>("--json") { Description = "Where to write the metrics (JSON).", Required = true };
        var report = new Option<string?>("--report") { Description = "A folder for a Markdown report with PR and ROC curves and a confusion matrix (PNG)." };
        var content = new Option<string?>("--content") { Description = "A content pack folder whose lexicons to use (default: the embedded default pack)." };
        var locale = new Option<string?>("--locale") { Description = "The locale passed to the detector (default: unknown, every lexicon runs)." };
        var threshold = new Option<string>("--threshold") { Description = "The level from which a message counts as predicted crisis: low, moderate (default), high or imminent.", DefaultValueFactory = _ => "moderate" };
        var format = new Option<string>("--format") { Description = "csv (a header row), goemotions (TSV text<TAB>labels<TAB>id, no header; every row is labelled 0) or lines (one message per line, every row labelled 0; columns text, line, crisis).", DefaultValueFactory = _ => "csv" };
        var part = new Option<string>("--part") { Description = "all (default), tuning or held-out: the project's fixed split of each file's rows (docs/risk.md, Splits).", DefaultValueFactory = _ => "all" };
        var by = new Option<string[]>("--by") { Description = "Columns to group the metrics by (for example lang, kind): the same metrics per value in the JSON (\"by\") and the report.", AllowMultipleArgumentsPerToken = true };
        var localeColumn = new Option<string?>("--locale-column") { Description = "A column holding each row's locale, passed to the detector (as the chat passes the user's locale); overrides --locale." };
        var evidence = new Option<bool>("--evidence") { Description = "Add an evidence column to the predictions (rule id=matched text;...), after the standard columns." };
        var command = new Command("risk", "Measure a risk detector on labelled messages: predictions CSV, metrics JSON, optional report.")
        {
            data, textColumn, labelColumn, detector, predictions, json, report, content, locale, threshold, format, evidence, part, by, localeColumn,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var files = parse.GetValue(data)!;
                var options = new RiskEvaluationOptions
                {
                    DataPath = files[0],
                    MoreDataPaths = files[1..],
                    Part = WellbeingKit.ML.Training.DataSplit.TryParse(parse.GetValue(part)!, out var dataPart)
                        ? dataPart
                        : throw new EvaluationInputException($"--part: '{parse.GetValue(part)}' is not a part; use all, tuning or held-out."),
                    GroupBy = [.. (parse.GetValue(by) ?? []).SelectMany(b => b.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                    LocaleColumn = parse.GetValue(localeColumn),
                    TextColumn = parse.GetValue(textColumn)!,
                    LabelColumn = parse.GetValue(labelColumn)!,
                    Detector = parse.GetValue(detector)!,
                    PredictionsPath = parse.GetValue(predictions)!,
                    JsonPath = parse.GetValue(json)!,
                    ReportDirectory = parse.GetValue(report),
                    Locale = parse.GetValue(locale),
                    Threshold = ParseLevel(parse.GetValue(threshold)!),
                    Evidence = parse.GetValue(evidence),
                    Format = parse.GetValue(format)!.ToLowerInvariant() switch
                    {
                        "csv" => EvaluationFormat.Csv,
                        "goemotions" => EvaluationFormat.GoEmotions,
                        "lines" => EvaluationFormat.Lines,
                        var other => throw new EvaluationInputException($"--format: '{other}' is not a format; use csv, goemotions or lines."),
                    },
                };
                return await RunAsync(options, parse.GetValue(content), cancellationToken);
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

    private static async Task<int> RunAsync(RiskEvaluationOptions options, string? contentDirectory, CancellationToken cancellationToken)
    {
        if (contentDirectory is not null && !Directory.Exists(contentDirectory))
        {
            throw new EvaluationInputException($"--content: the folder '{contentDirectory}' does not exist.");
        }

        var table = RiskEvaluation.ReadTable(options);
        foreach (var column in options.GroupBy)
        {
            RiskEvaluation.ColumnIndex(table, column, "--by");
        }

        Func<int, string?> localeOf = _ => options.Locale;
        if (options.LocaleColumn is { } localeColumnName)
        {
            var index = RiskEvaluation.ColumnIndex(table, localeColumnName, "--locale-column");
            localeOf = i => table.Rows[i][index] is { Length: > 0 } value ? value : options.Locale;
        }

        await using var services = CliServices.Build(new CliSettings { ContentDirectory = contentDirectory, Locale = options.Locale });
        var detector = Resolve(services, options.Detector);

        (RiskAssessment[] Assessments, long[] Ticks, long TotalTicks) run;
        if (!Console.IsOutputRedirected && table.Rows.Count >= 200)
        {
            run = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask($"screening {table.Rows.Count} messages with '{options.Detector}'", maxValue: table.Rows.Count);
                    return await RiskEvaluation.RunAsync(detector, table, localeOf, done => task.Value = done, cancellationToken);
                });
        }
        else
        {
            run = await RiskEvaluation.RunAsync(detector, table, localeOf, null, cancellationToken);
        }

        var result = RiskEvaluation.Write(options, table, run.Assessments, run.Ticks, run.TotalTicks);
        var m = result.Metrics;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{options.Detector}: n={m.N} tp={m.TruePositives} fp={m.FalsePositives} tn={m.TrueNegatives} fn={m.FalseNegatives} recall={Show(m.Recall)} precision={Show(m.Precision)} fpr={Show(m.FalsePositiveRate)} roc_auc={Show(m.RocAuc)} p50={result.LatencyP50Micros:0.0}us msg/s={result.MessagesPerSecond:0}"));
        foreach (var g in result.Groups)
        {
            var gm = g.Metrics;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {g.Column}={g.Value}: n={gm.N} recall={Show(gm.Recall)} ({gm.TruePositives}/{gm.TruePositives + gm.FalseNegatives}) fpr={Show(gm.FalsePositiveRate)} ({gm.FalsePositives}/{gm.FalsePositives + gm.TrueNegatives})"));
        }

        Console.WriteLine($"predictions: {options.PredictionsPath}  metrics: {options.JsonPath}{(options.ReportDirectory is null ? "" : $"  report: {Path.Combine(options.ReportDirectory, "report.md")}")}");
        return 0;
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
