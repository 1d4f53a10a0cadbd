using WellbeingKit.ML.Features;

namespace WellbeingKit.ML.Training;

/// <summary>Training time: chooses a model's vocabulary and IDF weights from the training texts.</summary>
internal static class VocabularyBuilder
{
    /// <summary>Builds the vocabulary from training texts: the most frequent n-grams of each length (by document frequency, ties in ordinal order).</summary>
    /// <param name="texts">The training texts.</param>
    /// <param name="settings">The n-gram settings and limits.</param>
    /// <returns>The vectorizer.</returns>
    public static TextVectorizer Build(IReadOnlyList<string> texts, FeatureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.WordNgramLimits.Length < settings.WordNgramLength || settings.CharNgramLimits.Length < settings.CharNgramLength)
        {
            throw new ArgumentException("every n-gram length needs a vocabulary limit.", nameof(settings));
        }

        var fold = TextPreparation.FoldTable(settings.KeepDiacritics);
        var wordDf = new Dictionary<string, int>(StringComparer.Ordinal);
        var charDf = new Dictionary<ulong, int>();
        var seenWords = new HashSet<string>(StringComparer.Ordinal);
        var seenChars = new HashSet<ulong>();
        var scratch = new VectorScratch();
        foreach (var text in texts)
        {
            TextPreparation.Normalize(text, fold, scratch);
            seenWords.Clear();
            seenChars.Clear();
            var buffer = scratch.Text.AsSpan(0, scratch.Length);
            for (var t = 0; t < scratch.Tokens; t++)
            {
                seenWords.Add(buffer[scratch.TokenStart[t]..scratch.TokenEnd[t]].ToString());
                if (settings.WordNgramLength >= 2 && t + 1 < scratch.Tokens)
                {
                    seenWords.Add(buffer[scratch.TokenStart[t]..scratch.TokenEnd[t + 1]].ToString());
                }
            }

            ForEachCharNgram(buffer, settings.CharNgramLength, key => seenChars.Add(key));
            foreach (var w in seenWords)
            {
                wordDf[w] = wordDf.GetValueOrDefault(w) + 1;
            }

            foreach (var c in seenChars)
            {
                charDf[c] = charDf.GetValueOrDefault(c) + 1;
            }
        }

        var words = new List<string>();
        for (var n = 1; n <= settings.WordNgramLength; n++)
        {
            var length = n;
            words.AddRange(wordDf.Where(p => p.Key.Count(ch => ch == ' ') == length - 1)
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(settings.WordNgramLimits[n - 1]).Select(p => p.Key));
        }

        var chars = new List<ulong>();
        for (var n = 1; n <= settings.CharNgramLength; n++)
        {
            var length = n;
            chars.AddRange(charDf.Where(p => TextPreparation.PackedLength(p.Key) == length)
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key)
                .Take(settings.CharNgramLimits[n - 1]).Select(p => p.Key));
        }

        var count = (double)Math.Max(1, texts.Count);
        var idf = words.Select(w => (float)Math.Log(count / wordDf[w]))
            .Concat(chars.Select(c => (float)Math.Log(count / charDf[c])))
            .ToArray();
        return new TextVectorizer(settings, words, chars, idf);
    }

    private static void ForEachCharNgram(ReadOnlySpan<char> buffer, int max, Action<ulong> action)
    {
        var total = buffer.Length + 2;
        for (var p = 0; p < total; p++)
        {
            ulong key = 0;
            for (var n = 1; n <= max && p + n <= total; n++)
            {
                key = (key << 16) | TextPreparation.At(buffer, p + n - 1);
                action(key);
            }
        }
    }
}
