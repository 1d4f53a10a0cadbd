using System.Text;

namespace WellbeingKit.Evaluation;

/// <summary>
/// A small RFC 4180 reader: fields separated by a delimiter, optionally quoted; a quoted field may hold the
/// delimiter, doubled quotes and line breaks (multi-line posts). Records end with LF or CRLF.
/// </summary>
public sealed class CsvReader
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly bool _quoting;
    private readonly StringBuilder _field = new();

    /// <summary>Creates a reader.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="delimiter">The field delimiter (<c>,</c> for CSV, a tab for TSV).</param>
    /// <param name="quoting">False to read every character literally (TSV files whose text holds bare quotes).</param>
    public CsvReader(TextReader reader, char delimiter = ',', bool quoting = true)
    {
        _reader = reader;
        _delimiter = delimiter;
        _quoting = quoting;
    }

    /// <summary>The line (from 1) on which the last record read started.</summary>
    public int RecordLine { get; private set; }

    private int _line = 1;

    /// <summary>Reads the next record.</summary>
    /// <returns>The fields, or null at the end of the input. A blank line is a record of one empty field.</returns>
    /// <exception cref="FormatException">A quoted field is not closed, or a quote is followed by something other than a delimiter or line end.</exception>
    public IReadOnlyList<string>? Read()
    {
        var c = _reader.Read();
        if (c < 0)
        {
            return null;
        }

        RecordLine = _line;
        var fields = new List<string>();
        _field.Clear();
        while (true)
        {
            if (_quoting && c == '"' && _field.Length == 0)
            {
                ReadQuoted();
                c = _reader.Read();
                if (c >= 0 && c != _delimiter && c != '\n' && c != '\r')
                {
                    throw new FormatException($"line {_line}: a quoted field must be followed by '{_delimiter}' or the end of the line.");
                }

                continue;
            }

            if (c < 0 || c == '\n' || c == '\r')
            {
                if (c == '\r' && _reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                if (c >= 0)
                {
                    _line++;
                }

                fields.Add(_field.ToString());
                return fields;
            }

            if (c == _delimiter)
            {
                fields.Add(_field.ToString());
                _field.Clear();
            }
            else
            {
                _field.Append((char)c);
            }

            c = _reader.Read();
        }
    }

    private void ReadQuoted()
    {
        var startLine = _line;
        while (true)
        {
            var c = _reader.Read();
            if (c < 0)
            {
                throw new FormatException($"line {startLine}: a quoted field is never closed.");
            }

            if (c == '"')
            {
                if (_reader.Peek() == '"')
                {
                    _reader.Read();
                    _field.Append('"');
                    continue;
                }

                return;
            }

            if (c == '\n')
            {
                _line++;
            }

            _field.Append((char)c);
        }
    }
}
