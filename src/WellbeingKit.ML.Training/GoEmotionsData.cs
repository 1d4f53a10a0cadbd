using System.Globalization;

namespace WellbeingKit.ML.Training;

/// <summary>Reads GoEmotions-style data and knows the label set (the Ekman grouping is WellbeingKit.ML's <c>EkmanGroups</c>).</summary>
internal static class GoEmotionsData
{
    /// <summary>The 28 GoEmotions labels in id order (27 emotions and <c>neutral</c>).</summary>
    public static IReadOnlyList<string> Labels { get; } =
    [
        "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion", "curiosity",
        "desire", "disappointment", "disapproval", "disgust", "embarrassment", "excitement", "fear", "gratitude",
        "grief", "joy", "love", "nervousness", "optimism", "pride", "realization", "relief", "remorse", "sadness",
        "surprise", "neutral",
    ];

    /// <summary>Reads a GoEmotions TSV file: <c>text&lt;TAB&gt;label ids&lt;TAB&gt;comment id</c>, one example a line.</summary>
    /// <param name="path">The file.</param>
    /// <param name="labelCount">How many labels exist; a label id outside 0..labelCount-1 is an error.</param>
    /// <returns>The examples, in file order.</returns>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    public static List<LabelledText> ReadTsv(string path, int labelCount)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: GoEmotions file not found.", path);
        }

        var result = new List<LabelledText>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'text<TAB>label ids[<TAB>id]', found no tab.");
            }

            var ids = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var labels = new int[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                if (!int.TryParse(ids[i], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id >= labelCount)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: label id '{ids[i]}' is not an integer in 0..{labelCount - 1}.");
                }

                labels[i] = id;
            }

            if (labels.Length == 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: the example has no label id.");
            }

            result.Add(new LabelledText(parts[0], labels));
        }

        return result;
    }

    /// <summary>Reads the label names from <c>labels.txt</c> in <paramref name="directory"/>, or returns the built-in list when absent.</summary>
    /// <param name="directory">The GoEmotions folder.</param>
    /// <returns>The label names in id order.</returns>
    public static IReadOnlyList<string> ReadLabels(string directory)
    {
        var path = Path.Combine(directory, "labels.txt");
        if (!File.Exists(path))
        {
            return Labels;
        }

        var names = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        if (!names.SequenceEqual(Labels, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"{path}: expected the 28 GoEmotions labels in the standard order (admiration ... neutral).");
        }

        return Labels;
    }
}
