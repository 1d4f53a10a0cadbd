using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using WellbeingKit.ML.Training;
using WellbeingKit.Risk;

namespace WellbeingKit.Cli.Evaluation;

/// <summary>Runs a detector over a labelled file and writes predictions, metrics and an optional report.</summary>
internal static class RiskEvaluation
{
    /// <summary>Reads the input table.</summary>
    /// <exception cref="EvaluationInputException">The file or a column is missing, a row is malformed or a label is not 0/1.</exception>
    public static EvaluationTable ReadTable(RiskEvaluationOptions options)
    {
        EvaluationTable? all = null;
        foreach (var path in options.MoreDataPaths.Prepend(options.DataPath))
        {
            var table = Select(ReadFile(options with { DataPath = path }), options.Part);
            if (all is null)
            {
                all = table;
                continue;
            }

            if (!all.Header.SequenceEqual(table.Header))
            {
                throw new EvaluationInputException($"--data: '{path}' has the columns {string.Join(", ", table.Header)}; the first file has {string.Join(", ", all.Header)}. Files read together need the same header.");
            }

            all = new EvaluationTable(all.Header, [.. all.Rows, .. table.Rows], [.. all.Texts, .. table.Texts], [.. all.Labels, .. table.Labels]);
        }

        return all!;
    }

    private static EvaluationTable ReadFile(RiskEvaluationOptions options)
    {
        if (!File.Exists(options.DataPath))
        {
            throw new EvaluationInputException($"--data: the file '{options.DataPath}' does not exist.");
        }

        using var stream = new StreamReader(options.DataPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return options.Format switch
        {
            EvaluationFormat.GoEmotions => ReadGoEmotions(stream, options.DataPath),
            EvaluationFormat.Lines => ReadLines(stream),
            _ => ReadCsv(stream, options),
        };
    }

    /// <summary>Keeps the rows of one part of the fixed split (row numbers are 1-based, per file).</summary>
    private static EvaluationTable Select(EvaluationTable table, DataPart part)
    {
        if (part == DataPart.All)
        {
            return table;
        }

        var keep = Enumerable.Range(0, table.Rows.Count).Where(i => DataSplit.Keeps(part, i + 1)).ToArray();
        return new EvaluationTable(table.Header, [.. keep.Select(i => table.Rows[i])], [.. keep.Select(i => table.Texts[i])], [.. keep.Select(i => table.Labels[i])]);
    }

    private static EvaluationTable ReadLines(TextReader reader)
    {
        var rows = new List<IReadOnlyList<string>>();
        var texts = new List<string>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            rows.Add([line, number.ToString(CultureInfo.InvariantCulture), "0"]);
            texts.Add(line);
        }

        return new EvaluationTable(["text", "line", "crisis"], rows, texts, [.. Enumerable.Repeat(false, rows.Count)]);
    }

    private static EvaluationTable ReadCsv(TextReader text, RiskEvaluationOptions options)
    {
        var reader = new CsvReader(text);
        List<string>? header;
        try
        {
            header = reader.Read();
        }
        catch (FormatException e)
        {
            throw new EvaluationInputException($"{options.DataPath}: {e.Message}");
        }

        if (header is null)
        {
            throw new EvaluationInputException($"{options.DataPath}: the file is empty; it needs a header row.");
        }

        var present = string.Join(", ", header.Select(h => h.Length == 0 ? "\"\"" : h));
        var textColumns = ColumnsOf(options.TextColumn, header, present, "--text-column");
        var labelIndex = header.IndexOf(options.LabelColumn);
        if (labelIndex < 0)
        {
            throw new EvaluationInputException($"--label-column: no column '{options.LabelColumn}' in {options.DataPath}; the columns are: {present}.");
        }

        var rows = new List<IReadOnlyList<string>>();
        var texts = new List<string>();
        var labels = new List<bool>();
        foreach (var row in Records(reader, options.DataPath))
        {
            var number = rows.Count + 1;
            if (row.Count != header.Count)
            {
                throw new EvaluationInputException($"{options.DataPath}: row {number} (line {reader.RecordLine}) has {row.Count} fields; the header has {header.Count}.");
            }

            labels.Add(row[labelIndex].Trim() switch
            {
                "1" => true,
                "0" => false,
                var other => throw new EvaluationInputException($"{options.DataPath}: row {number} (line {reader.RecordLine}): the label column '{options.LabelColumn}' holds '{other}'; it must be 1 (crisis) or 0."),
            });
            texts.Add(textColumns.Length == 1 ? row[textColumns[0]] : string.Join(' ', textColumns.Select(i => row[i])));
            rows.Add(row);
        }

        return new EvaluationTable(header, rows, texts, labels);
    }

    /// <summary>The data records, skipping blank lines; a malformed record is an input error naming the file and line.</summary>
    private static IEnumerable<List<string>> Records(CsvReader reader, string path)
    {
        while (true)
        {
            List<string>? row;
            try
            {
                row = reader.Read();
            }
            catch (FormatException e)
            {
                throw new EvaluationInputException($"{path}: {e.Message}");
            }

            if (row is null)
            {
                yield break;
            }

            if (row.Count != 1 || row[0].Length != 0)
            {
                yield return row;
            }
        }
    }

    private static int[] ColumnsOf(string spec, List<string> header, string present, string option)
    {
        var whole = header.IndexOf(spec);
        if (whole >= 0)
        {
            return [whole];
        }

        var names = spec.Split('+', StringSplitOptions.TrimEntries);
        var indices = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            indices[i] = header.IndexOf(names[i]);
            if (indices[i] < 0)
            {
                throw new EvaluationInputException($"{option}: no column '{names[i]}'; the columns are: {present}.");
            }
        }

        return indices;
    }

    private static EvaluationTable ReadGoEmotions(TextReader text, string path)
    {
        var reader = new CsvReader(text, '\t');
        var rows = new List<IReadOnlyList<string>>();
        var texts = new List<string>();
        foreach (var row in Records(reader, path))
        {
            if (row.Count != 3)
            {
                throw new EvaluationInputException($"{path}: row {rows.Count + 1} (line {reader.RecordLine}) has {row.Count} fields; GoEmotions rows have 3 (text, label ids, comment id).");
            }

            rows.Add([row[0], row[1], row[2], "0"]);
            texts.Add(row[0]);
        }

        return new EvaluationTable(["text", "emotions", "id", "crisis"], rows, texts, [.. Enumerable.Repeat(false, rows.Count)]);
    }

    /// <summary>Screens every text, measuring each call.</summary>
    /// <param name="detector">The detector.</param>
    /// <param name="table">The input.</param>
    /// <param name="locale">The locale passed to the detector.</param>
    /// <param name="progress">Called after each message with the count done.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The assessments and latencies (in stopwatch ticks).</returns>
    public static Task<(RiskAssessment[] Assessments, long[] Ticks, long TotalTicks)> RunAsync(IRiskDetector detector, EvaluationTable table, string? locale, Action<int>? progress, CancellationToken cancellationToken) =>
        RunAsync(detector, table, _ => locale, progress, cancellationToken);

    /// <summary>Screens every text with its own locale, measuring each call.</summary>
    /// <param name="detector">The detector.</param>
    /// <param name="table">The input.</param>
    /// <param name="localeOf">The locale of row i.</param>
    /// <param name="progress">Called after each message with the count done.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The assessments and latencies (in stopwatch ticks).</returns>
    public static async Task<(RiskAssessment[] Assessments, long[] Ticks, long TotalTicks)> RunAsync(IRiskDetector detector, EvaluationTable table, Func<int, string?> localeOf, Action<int>? progress, CancellationToken cancellationToken)
    {
        var assessments = new RiskAssessment[table.Texts.Count];
        var ticks = new long[table.Texts.Count];
        if (table.Texts.Count > 0)
        {
            // Warm-up (loads and compiles lexicons or models), outside the measurement.
            await detector.AssessAsync(new RiskScreeningRequest(table.Texts[0]) { Locale = localeOf(0) }, cancellationToken);
        }

        var total = Stopwatch.GetTimestamp();
        for (var i = 0; i < table.Texts.Count; i++)
        {
            var request = new RiskScreeningRequest(table.Texts[i]) { Locale = localeOf(i) };
            var start = Stopwatch.GetTimestamp();
            assessments[i] = await detector.AssessAsync(request, cancellationToken);
            ticks[i] = Stopwatch.GetTimestamp() - start;
            progress?.Invoke(i + 1);
        }

        return (assessments, ticks, Stopwatch.GetTimestamp() - total);
    }

    /// <summary>Computes the metrics and writes the predictions, the JSON and the report.</summary>
    public static RiskEvaluationResult Write(RiskEvaluationOptions options, EvaluationTable table, RiskAssessment[] assessments, long[] ticks, long totalTicks)
    {
        var predicted = assessments.Select(a => a.Level >= options.Threshold).ToArray();
        var scores = assessments.Select(a => a.Score).ToArray();
        var metrics = BinaryMetrics.Compute(table.Labels, predicted, scores);
        var micros = ticks.Select(t => t * 1_000_000.0 / Stopwatch.Frequency).Order().ToArray();
        var seconds = (double)totalTicks / Stopwatch.Frequency;
        var result = new RiskEvaluationResult(metrics, Percentile(micros, 0.50), Percentile(micros, 0.99), seconds > 0 ? table.Rows.Count / seconds : 0)
        {
            Groups = Group(options.GroupBy, table, predicted, scores),
        };

        CreateParent(options.PredictionsPath);
        using (var writer = new StreamWriter(options.PredictionsPath, false, new UTF8Encoding(false)))
        {
            var csv = new CsvWriter(writer);
            csv.Write([.. table.Header, "predicted", "score", "level", "categories", .. options.Evidence ? new[] { "evidence" } : []]);
            for (var i = 0; i < table.Rows.Count; i++)
            {
                var a = assessments[i];
                csv.Write([
                    .. table.Rows[i],
                    predicted[i] ? "1" : "0",
                    a.Score.ToString("0.####", CultureInfo.InvariantCulture),
                    a.Level.ToString(),
                    string.Join(';', a.Categories.Select(Kebab)),
                    .. options.Evidence ? new[] { string.Join(';', a.Evidence.Select(e => $"{e.RuleId}={e.Text}@{e.Level}")) } : [],
                ]);
            }
        }

        CreateParent(options.JsonPath);
        File.WriteAllText(options.JsonPath, ToJson(result));
        if (options.ReportDirectory is not null)
        {
            RiskEvaluationReport.Write(options, table, scores, result);
        }

        return result;
    }

    /// <summary>The column index of each <c>--by</c> column.</summary>
    /// <exception cref="EvaluationInputException">A column is missing.</exception>
    public static int ColumnIndex(EvaluationTable table, string column, string option)
    {
        var index = table.Header.ToList().IndexOf(column);
        return index >= 0
            ? index
            : throw new EvaluationInputException($"{option}: no column '{column}'; the columns are: {string.Join(", ", table.Header)}.");
    }

    private static List<GroupMetrics> Group(IReadOnlyList<string> columns, EvaluationTable table, bool[] predicted, double[] scores)
    {
        var groups = new List<GroupMetrics>();
        foreach (var column in columns)
        {
            var index = ColumnIndex(table, column, "--by");
            foreach (var value in table.Rows.Select(r => r[index]).Distinct().Order(StringComparer.Ordinal))
            {
                var rows = Enumerable.Range(0, table.Rows.Count).Where(i => table.Rows[i][index] == value).ToArray();
                groups.Add(new GroupMetrics(column, value, BinaryMetrics.Compute(
                    [.. rows.Select(i => table.Labels[i])], [.. rows.Select(i => predicted[i])], [.. rows.Select(i => scores[i])])));
            }
        }

        return groups;
    }

    /// <summary>The metrics as the CLI contract's JSON; undefined ratios are null.</summary>
    public static string ToJson(RiskEvaluationResult result)
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

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static void CreateParent(string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (parent is not null)
        {
            Directory.CreateDirectory(parent);
        }
    }

    /// <summary>The category as written in content and CSV: kebab-case (<c>suicidal-ideation</c>).</summary>
    public static string Kebab(RiskCategory category) => JsonNamingPolicy.KebabCaseLower.ConvertName(category.ToString());
}
