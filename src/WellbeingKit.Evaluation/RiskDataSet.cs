using System.Globalization;
using System.Text;

namespace WellbeingKit.Evaluation;

/// <summary>
/// Labelled messages to evaluate a detector on: the columns, every row's fields (carried through to the predictions),
/// each row's text and its label (true for a crisis message).
/// </summary>
public sealed class RiskDataSet
{
    /// <summary>Creates a data set from rows already read.</summary>
    /// <param name="columns">The column names.</param>
    /// <param name="rows">The rows, each with one field per column.</param>
    /// <param name="texts">The text of each row (what the detector screens).</param>
    /// <param name="labels">The label of each row: true for a crisis message.</param>
    /// <exception cref="ArgumentException">The lists do not have one entry per row, or a row does not have one field per column.</exception>
    public RiskDataSet(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<string> texts, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(labels);
        if (texts.Count != rows.Count || labels.Count != rows.Count)
        {
            throw new ArgumentException($"rows ({rows.Count}), texts ({texts.Count}) and labels ({labels.Count}) must have the same length.", nameof(texts));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != columns.Count)
            {
                throw new ArgumentException($"row {i + 1} has {rows[i].Count} fields; there are {columns.Count} columns.", nameof(rows));
            }
        }

        Columns = columns;
        Rows = rows;
        Texts = texts;
        Labels = labels;
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows, each with one field per column, in input order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The text of each row.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>The label of each row: true for a crisis message.</summary>
    public IReadOnlyList<bool> Labels { get; }

    /// <summary>The number of rows.</summary>
    public int Count => Rows.Count;

    /// <summary>Creates a data set from texts and labels (columns <c>text</c> and <c>crisis</c>), for tests and notebooks.</summary>
    /// <param name="messages">The messages: each text with true for a crisis message.</param>
    /// <returns>The data set.</returns>
    public static RiskDataSet FromMessages(IEnumerable<(string Text, bool Crisis)> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages.ToList();
        return new RiskDataSet(
            ["text", "crisis"],
            [.. list.Select(m => (IReadOnlyList<string>)[m.Text, m.Crisis ? "1" : "0"])],
            [.. list.Select(m => m.Text)],
            [.. list.Select(m => m.Crisis)]);
    }

    /// <summary>Reads a labelled file.</summary>
    /// <param name="path">The file (UTF-8).</param>
    /// <param name="options">The format and, for CSV, the text and label columns; CSV with <c>text</c> and <c>crisis</c> when null.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="EvaluationInputException">The file or a column is missing, a row is malformed or a label is not 0 or 1; the message names the file, row and line.</exception>
    public static RiskDataSet Read(string path, RiskDataReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new RiskDataReadOptions();
        if (!File.Exists(path))
        {
            throw new EvaluationInputException($"{path}: the file does not exist.");
        }

        using var stream = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return options.Format switch
        {
            RiskDataFormat.GoEmotions => ReadGoEmotions(stream, path),
            RiskDataFormat.Lines => ReadLines(stream),
            _ => ReadCsv(stream, path, options),
        };
    }

    /// <summary>The index of a column.</summary>
    /// <param name="column">The column name (exact).</param>
    /// <returns>Its index, or -1 when there is no such column.</returns>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The rows of this data set followed by those of <paramref name="other"/>, which must have the same columns.</summary>
    /// <param name="other">The rows to add.</param>
    /// <returns>A new data set.</returns>
    /// <exception cref="EvaluationInputException">The columns differ.</exception>
    public RiskDataSet Concat(RiskDataSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Columns.SequenceEqual(other.Columns))
        {
            throw new EvaluationInputException($"the columns {string.Join(", ", other.Columns)} differ from {string.Join(", ", Columns)}; data sets read together need the same header.");
        }

        return new RiskDataSet(Columns, [.. Rows, .. other.Rows], [.. Texts, .. other.Texts], [.. Labels, .. other.Labels]);
    }

    /// <summary>The rows whose 1-based row number <paramref name="keep"/> accepts (for example one part of a fixed split).</summary>
    /// <param name="keep">Called with each 1-based row number.</param>
    /// <returns>A new data set.</returns>
    public RiskDataSet WhereRowNumber(Func<int, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var kept = Enumerable.Range(0, Count).Where(i => keep(i + 1)).ToArray();
        return new RiskDataSet(Columns, [.. kept.Select(i => Rows[i])], [.. kept.Select(i => Texts[i])], [.. kept.Select(i => Labels[i])]);
    }

    /// <summary>The index of a column the caller needs.</summary>
    /// <exception cref="EvaluationInputException">There is no such column; the message lists the columns.</exception>
    internal int Require(string column, string what) =>
        IndexOf(column) is var index and >= 0
            ? index
            : throw new EvaluationInputException($"no column '{column}' ({what}); the columns are: {string.Join(", ", Columns)}.");

    private static RiskDataSet ReadLines(TextReader reader)
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

        return new RiskDataSet(["text", "line", "crisis"], rows, texts, [.. Enumerable.Repeat(false, rows.Count)]);
    }

    private static RiskDataSet ReadCsv(TextReader text, string path, RiskDataReadOptions options)
    {
        var reader = new CsvReader(text);
        IReadOnlyList<string>? header;
        try
        {
            header = reader.Read();
        }
        catch (FormatException e)
        {
            throw new EvaluationInputException($"{path}: {e.Message}", e);
        }

        if (header is null || (header.Count == 1 && header[0].Length == 0))
        {
            throw new EvaluationInputException($"{path}: the file is empty; it needs a header row.");
        }

        var columns = header.ToList();
        var present = string.Join(", ", columns.Select(h => h.Length == 0 ? "\"\"" : h));
        var textColumns = ColumnsOf(options.TextColumn, columns, present, path);
        var labelIndex = columns.IndexOf(options.LabelColumn);
        if (labelIndex < 0)
        {
            throw new EvaluationInputException($"{path}: no column '{options.LabelColumn}' (the label column); the columns are: {present}.");
        }

        var rows = new List<IReadOnlyList<string>>();
        var texts = new List<string>();
        var labels = new List<bool>();
        foreach (var row in Records(reader, path))
        {
            var number = rows.Count + 1;
            if (row.Count != columns.Count)
            {
                throw new EvaluationInputException($"{path}: row {number} (line {reader.RecordLine}) has {row.Count} fields; the header has {columns.Count}.");
            }

            labels.Add(row[labelIndex].Trim() switch
            {
                "1" => true,
                "0" => false,
                var other => throw new EvaluationInputException($"{path}: row {number} (line {reader.RecordLine}): the label column '{options.LabelColumn}' holds '{other}'; it must be 1 (crisis) or 0."),
            });
            texts.Add(textColumns.Length == 1 ? row[textColumns[0]] : string.Join(' ', textColumns.Select(i => row[i])));
            rows.Add(row);
        }

        return new RiskDataSet(columns, rows, texts, labels);
    }

    /// <summary>The data records, skipping blank lines; a malformed record is an input error naming the file and line.</summary>
    private static IEnumerable<IReadOnlyList<string>> Records(CsvReader reader, string path)
    {
        while (true)
        {
            IReadOnlyList<string>? row;
            try
            {
                row = reader.Read();
            }
            catch (FormatException e)
            {
                throw new EvaluationInputException($"{path}: {e.Message}", e);
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

    private static int[] ColumnsOf(string spec, List<string> header, string present, string path)
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
                throw new EvaluationInputException($"{path}: no column '{names[i]}' (the text column); the columns are: {present}.");
            }
        }

        return indices;
    }

    private static RiskDataSet ReadGoEmotions(TextReader text, string path)
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

        return new RiskDataSet(["text", "emotions", "id", "crisis"], rows, texts, [.. Enumerable.Repeat(false, rows.Count)]);
    }
}
