using System.Globalization;

namespace WellbeingKit.ML.ModelFiles;

/// <summary>Reads a word-valence lexicon: <c>token&lt;TAB&gt;mean valence[&lt;TAB&gt;...]</c> (the VADER lexicon's format).</summary>
internal static class ValenceLexicon
{
    /// <summary>Reads the lexicon at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Token to valence (−4..+4).</returns>
    public static Dictionary<string, float> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: valence lexicon not found.", path);
        }

        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>Parses a lexicon.</summary>
    /// <param name="reader">The content.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <returns>Token to valence.</returns>
    public static Dictionary<string, float> Parse(TextReader reader, string source)
    {
        var result = new Dictionary<string, float>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2 || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidDataException($"{source}:{lineNumber}: expected 'token<TAB>valence'.");
            }

            result[parts[0]] = value;
        }

        return result;
    }
}
