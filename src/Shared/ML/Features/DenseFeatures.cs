namespace WellbeingKit.ML.Features;

/// <summary>
/// The dense features after the n-grams: question and exclamation marks, capitals, length, and four word-valence
/// slots (zero unless the model reads a valence lexicon).
/// </summary>
internal static class DenseFeatures
{
    /// <summary>The number of dense features.</summary>
    public const int Count = 8;

    private static readonly char[] TrimChars = ['.', ',', '!', '?', ';', ':', '"', '\'', '(', ')', '*', '[', ']'];

    /// <summary>Computes the dense features of <paramref name="text"/>.</summary>
    /// <param name="text">The raw message.</param>
    /// <param name="valence">A word-valence lexicon with lower-case keys, or null (its features are then zero).</param>
    /// <param name="extra">Receives <see cref="Count"/> values.</param>
    public static void Fill(ReadOnlySpan<char> text, Dictionary<string, float>? valence, Span<float> extra)
    {
        extra.Clear();
        int words = 0, capsWords = 0;
        var questions = text.Count('?');
        var exclamations = text.Count('!');
        float positive = 0, negative = 0, strongest = 0;
        var lookup = valence?.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var word = text[start..i].Trim(TrimChars);
            if (word.Length == 0)
            {
                continue;
            }

            words++;
            if (word.Length > 1 && IsAllCapitals(word))
            {
                capsWords++;
            }

            if (lookup is { } l && word.Length <= lower.Length)
            {
                var folded = lower[..word.ToLowerInvariant(lower)];
                if (l.TryGetValue(folded, out var v))
                {
                    if (v > 0)
                    {
                        positive += v;
                    }
                    else
                    {
                        negative -= v;
                    }

                    if (Math.Abs(v) > Math.Abs(strongest))
                    {
                        strongest = v;
                    }
                }
            }
        }

        extra[0] = Math.Min(questions, 3) / 3f;
        extra[1] = Math.Min(exclamations, 3) / 3f;
        extra[2] = words == 0 ? 0 : (float)capsWords / words;
        extra[3] = MathF.Log(1 + words) / 5f;
        extra[4] = positive / (positive + 4f);
        extra[5] = negative / (negative + 4f);
        extra[6] = strongest / 4f;
        extra[7] = (positive - negative) / MathF.Sqrt(((positive - negative) * (positive - negative)) + 15f);
    }

    /// <summary>True when the word has a letter and no lower-case letter.</summary>
    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letter = false;
        foreach (var ch in word)
        {
            if (char.IsLetter(ch))
            {
                if (!char.IsUpper(ch))
                {
                    return false;
                }

                letter = true;
            }
        }

        return letter;
    }
}
