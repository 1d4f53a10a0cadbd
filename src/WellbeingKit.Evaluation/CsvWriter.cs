namespace WellbeingKit.Evaluation;

/// <summary>An RFC 4180 writer: quotes a field when it holds the delimiter, a quote or a line break.</summary>
public sealed class CsvWriter
{
    private readonly TextWriter _writer;
    private readonly char _delimiter;

    /// <summary>Creates a writer.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="delimiter">The field delimiter.</param>
    public CsvWriter(TextWriter writer, char delimiter = ',')
    {
        _writer = writer;
        _delimiter = delimiter;
    }

    /// <summary>Writes one record and a CRLF, as RFC 4180 says.</summary>
    /// <param name="fields">The fields.</param>
    public void Write(IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _writer.Write(_delimiter);
            }

            first = false;
            if (field.AsSpan().IndexOfAny(['"', '\n', '\r', _delimiter]) >= 0)
            {
                _writer.Write('"');
                _writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(field);
            }
        }

        _writer.Write("\r\n");
    }
}
