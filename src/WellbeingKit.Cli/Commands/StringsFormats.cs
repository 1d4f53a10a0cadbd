using System.Xml;
using System.Xml.Linq;
using WellbeingKit.Evaluation;
using WellbeingKit.Content.Yaml.Strings;

namespace WellbeingKit.Cli.Commands;

/// <summary>Translation file formats: XLIFF 2.0 and CSV (RFC 4180).</summary>
internal static class StringsFormats
{
    /// <summary>The XLIFF 2.0 namespace.</summary>
    public static readonly XNamespace Xliff = "urn:oasis:names:tc:xliff:document:2.0";

    /// <summary>The CSV header.</summary>
    public static readonly string[] CsvHeader = ["key", "source", "target", "notes", "max_length", "validated"];

    /// <summary>Writes the strings as XLIFF 2.0: one unit per string (name = key), notes, source and target.</summary>
    public static void WriteXliff(TextWriter writer, string packId, string sourceLocale, string targetLocale, IEnumerable<PackString> strings)
    {
        var file = new XElement(Xliff + "file", new XAttribute("id", packId));
        foreach (var s in strings)
        {
            var unit = new XElement(
                Xliff + "unit",
                new XAttribute("id", UnitId(s.Key)),
                new XAttribute("name", s.Key));
            if (s.Validated)
            {
                unit.Add(new XAttribute("translate", "no"));
            }

            unit.Add(new XElement(Xliff + "notes", s.Notes.Select(n => new XElement(Xliff + "note", new XAttribute("category", NoteCategory(n)), n))));
            unit.Add(new XElement(
                Xliff + "segment",
                new XAttribute("state", s.Target is null ? "initial" : s.Validated ? "final" : "translated"),
                new XElement(Xliff + "source", new XAttribute(XNamespace.Xml + "space", "preserve"), s.Source),
                new XElement(Xliff + "target", new XAttribute(XNamespace.Xml + "space", "preserve"), s.Target ?? string.Empty)));
            file.Add(unit);
        }

        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Xliff + "xliff", new XAttribute("version", "2.0"), new XAttribute("srcLang", sourceLocale), new XAttribute("trgLang", targetLocale), file));
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, NewLineChars = "\n", NewLineHandling = NewLineHandling.Entitize });
        document.Save(xml);
        xml.Flush();
        writer.WriteLine();
    }

    /// <summary>Reads an XLIFF 2.0 file written by <see cref="WriteXliff"/> (and filled by a translator).</summary>
    /// <returns>The target locale and the rows.</returns>
    /// <exception cref="FormatException">The file is not XLIFF 2.0, or a unit lacks its source.</exception>
    public static (string? Locale, List<TranslatedString> Rows) ReadXliff(TextReader reader, string fileName)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new FormatException($"{fileName}:{e.LineNumber}:{e.LinePosition}: not well-formed XML: {e.Message}", e);
        }

        var root = document.Root;
        if (root is null || root.Name != Xliff + "xliff")
        {
            throw new FormatException($"{fileName}: not an XLIFF 2.0 file (expected <xliff xmlns=\"{Xliff.NamespaceName}\">)");
        }

        var rows = new List<TranslatedString>();
        foreach (var unit in root.Descendants(Xliff + "unit"))
        {
            var key = (string?)unit.Attribute("name") ?? (string?)unit.Attribute("id") ?? string.Empty;
            var segment = unit.Element(Xliff + "segment");
            var source = segment?.Element(Xliff + "source");
            if (source is null)
            {
                var line = ((IXmlLineInfo)unit).LineNumber;
                throw new FormatException($"{fileName}:{line}: unit '{key}' has no <segment><source>");
            }

            rows.Add(new TranslatedString(key, source.Value, segment!.Element(Xliff + "target")?.Value ?? string.Empty));
        }

        return ((string?)root.Attribute("trgLang"), rows);
    }

    /// <summary>Writes the strings as CSV with <see cref="CsvHeader"/>.</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<PackString> strings)
    {
        var csv = new CsvWriter(writer);
        csv.Write(CsvHeader);
        foreach (var s in strings)
        {
            csv.Write([s.Key, s.Source, s.Target ?? string.Empty, string.Join(" | ", s.Notes), s.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, s.Validated ? "yes" : string.Empty]);
        }
    }

    /// <summary>The separator of a CSV text: the one of ',', ';' and tab its header line uses most (',' when none).</summary>
    public static char Separator(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var header = end < 0 ? text : text[..end];
        return new[] { ',', ';', '\t' }.OrderByDescending(c => header.Count(h => h == c)).ThenBy(c => c == ',' ? 0 : 1).First();
    }

    /// <summary>Reads a CSV file with at least the columns key, source and target (any order, header required).</summary>
    /// <exception cref="FormatException">The header lacks a column, or a record is malformed.</exception>
    public static List<TranslatedString> ReadCsv(TextReader reader, string fileName, char separator = ',')
    {
        var csv = new CsvReader(reader, separator);
        var header = csv.Read()?.ToList() ?? throw new FormatException($"{fileName}: the file is empty (expected a header: {string.Join(",", CsvHeader)})");
        int Column(string name)
        {
            var index = header.FindIndex(h => string.Equals(h.Trim().TrimStart('\uFEFF'), name, StringComparison.OrdinalIgnoreCase));
            return index >= 0 ? index : throw new FormatException($"{fileName}:1: the header has no '{name}' column (the header is: {string.Join(", ", header.Select(h => $"'{h}'"))}; export a file with 'content strings export --format csv' to see the columns)");
        }

        int key = Column("key"), source = Column("source"), target = Column("target");
        var rows = new List<TranslatedString>();
        while (true)
        {
            IReadOnlyList<string>? record;
            try
            {
                record = csv.Read();
            }
            catch (FormatException e)
            {
                throw new FormatException($"{fileName}:{csv.RecordLine}: {e.Message}", e);
            }

            if (record is null)
            {
                break;
            }

            if (record.Count == 1 && record[0].Length == 0)
            {
                continue;
            }

            var max = Math.Max(key, Math.Max(source, target));
            if (record.Count <= max)
            {
                throw new FormatException($"{fileName}:{csv.RecordLine}: expected at least {max + 1} fields, found {record.Count}");
            }

            rows.Add(new TranslatedString(record[key], record[source], record[target]));
        }

        return rows;
    }

    /// <summary>An XLIFF unit id (an NMTOKEN): the key with brackets turned into dots.</summary>
    private static string UnitId(string key) =>
        key.Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace(' ', '_');

    private static string NoteCategory(string note) =>
        note.StartsWith("placeholders", StringComparison.Ordinal) ? "placeholders"
        : note.StartsWith("SMS", StringComparison.Ordinal) ? "length"
        : note.StartsWith("validated", StringComparison.Ordinal) ? "validated"
        : "location";
}
