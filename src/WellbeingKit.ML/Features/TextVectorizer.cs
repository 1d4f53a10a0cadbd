using System.Globalization;
using System.Text;

namespace WellbeingKit.ML.Features;

/// <summary>How text becomes features: n-gram sizes and vocabulary limits.</summary>
internal sealed record FeatureSettings
{
    /// <summary>Longest word n-gram, 1 or 2 (all lengths from 1 are used).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Vocabulary limit per word n-gram length (the most frequent n-grams are kept).</summary>
    public int[] WordNgramLimits { get; init; } = [20_000, 20_000];

    /// <summary>Longest character n-gram, 1 to 4 (all lengths from 1 are used).</summary>
    public int CharNgramLength { get; init; } = 4;

    /// <summary>Vocabulary limit per character n-gram length (the most frequent n-grams are kept).</summary>
    public int[] CharNgramLimits { get; init; } = [300, 3_000, 15_000, 30_000];

    /// <summary>Whether to keep diacritics (é stays é); false folds them away.</summary>
    public bool KeepDiacritics { get; init; }
}

/// <summary>
/// Turns a message into the sparse feature vector every WellbeingKit model reads: word 1–2-grams and character
/// 1–4-grams of the normalized text, each weighted TF-IDF and L2-normalized as a block, followed by
/// <see cref="ExtraCount"/> dense lexical features. The vocabulary is fixed at training time; vectorizing is
/// allocation-free after warm-up and thread-safe (each call brings its own <see cref="VectorScratch"/>).
/// </summary>
internal sealed class TextVectorizer
{
    /// <summary>The number of dense features (punctuation, capitals, length, lexicon valence) after the n-grams.</summary>
    public const int ExtraCount = 8;

    /// <summary>Marks the start of the text for character n-grams.</summary>
    private const char Start = '\u0002';

    /// <summary>Marks the end of the text for character n-grams.</summary>
    private const char End = '\u0003';

    private static readonly char[] TrimChars = ['.', ',', '!', '?', ';', ':', '"', '\'', '(', ')', '*', '[', ']'];
    private static readonly Lazy<char[]> FoldWithoutDiacritics = new(() => BuildFoldTable(keepDiacritics: false));
    private static readonly Lazy<char[]> FoldLowerOnly = new(() => BuildFoldTable(keepDiacritics: true));

    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly PackedNgramTable _chars;
    private readonly float[] _idf;
    private readonly char[] _fold;

    /// <summary>Creates a vectorizer over a fixed vocabulary.</summary>
    /// <param name="settings">The n-gram lengths and diacritics mode (the limits are not used here).</param>
    /// <param name="words">The word n-grams in index order (a bigram is two words joined by one space).</param>
    /// <param name="chars">The packed character n-grams in index order, after the words.</param>
    /// <param name="idf">The inverse document frequency of every n-gram, words first.</param>
    public TextVectorizer(FeatureSettings settings, IReadOnlyList<string> words, IReadOnlyList<ulong> chars, float[] idf)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(chars);
        ArgumentNullException.ThrowIfNull(idf);
        if (settings.WordNgramLength is < 1 or > 2 || settings.CharNgramLength is < 1 or > 4)
        {
            throw new InvalidDataException($"n-gram lengths out of range (words {settings.WordNgramLength}: 1–2, characters {settings.CharNgramLength}: 1–4).");
        }

        if (idf.Length != words.Count + chars.Count)
        {
            throw new InvalidDataException($"{idf.Length} IDF weights for {words.Count + chars.Count} n-grams.");
        }

        Settings = settings;
        _words = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (!_words.TryAdd(words[i], i))
            {
                throw new InvalidDataException($"the word n-gram '{words[i]}' appears twice in the vocabulary.");
            }
        }

        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _chars = new PackedNgramTable(chars, words.Count);

        _idf = idf;
        _fold = settings.KeepDiacritics ? FoldLowerOnly.Value : FoldWithoutDiacritics.Value;
        WordCount = words.Count;
        CharCount = chars.Count;
        Words = words;
        Chars = chars;
    }

    /// <summary>The n-gram settings.</summary>
    public FeatureSettings Settings { get; }

    /// <summary>The number of word n-grams (the first feature indices).</summary>
    public int WordCount { get; }

    /// <summary>The number of character n-grams (the indices after the words).</summary>
    public int CharCount { get; }

    /// <summary>The feature dimension: the n-grams and the dense features.</summary>
    public int Dimension => WordCount + CharCount + ExtraCount;

    /// <summary>The word n-grams in index order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The packed character n-grams in index order.</summary>
    public IReadOnlyList<ulong> Chars { get; }

    /// <summary>The IDF weights, words first.</summary>
    public ReadOnlySpan<float> Idf => _idf;

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

        var fold = settings.KeepDiacritics ? FoldLowerOnly.Value : FoldWithoutDiacritics.Value;
        var wordDf = new Dictionary<string, int>(StringComparer.Ordinal);
        var charDf = new Dictionary<ulong, int>();
        var seenWords = new HashSet<string>(StringComparer.Ordinal);
        var seenChars = new HashSet<ulong>();
        var scratch = new VectorScratch();
        foreach (var text in texts)
        {
            Normalize(text, fold, scratch);
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
            chars.AddRange(charDf.Where(p => PackedLength(p.Key) == length)
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key)
                .Take(settings.CharNgramLimits[n - 1]).Select(p => p.Key));
        }

        var count = (double)Math.Max(1, texts.Count);
        var idf = words.Select(w => (float)Math.Log(count / wordDf[w]))
            .Concat(chars.Select(c => (float)Math.Log(count / charDf[c])))
            .ToArray();
        return new TextVectorizer(settings, words, chars, idf);
    }

    /// <summary>Vectorizes <paramref name="text"/> into <paramref name="scratch"/> (<see cref="VectorScratch.Indices"/>, <see cref="VectorScratch.Values"/>, <see cref="VectorScratch.Count"/>).</summary>
    /// <param name="text">The raw message.</param>
    /// <param name="valence">A word-valence lexicon (VADER-style, −4..+4), or null.</param>
    /// <param name="scratch">The buffers to use; reusable, not shared between threads.</param>
    /// <param name="sorted">Whether the indices must come out in ascending order (training needs it; scoring does not).</param>
    public void Vectorize(ReadOnlySpan<char> text, Dictionary<string, float>? valence, VectorScratch scratch, bool sorted = false)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        scratch.EnsureVocabulary(WordCount + CharCount);
        Normalize(text, _fold, scratch);
        var buffer = scratch.Text.AsSpan(0, scratch.Length);
        scratch.EnsureTouched((scratch.Tokens * 2) + ((scratch.Length + 2) * Settings.CharNgramLength) + ExtraCount);
        scratch.TouchedCount = 0;
        for (var t = 0; t < scratch.Tokens; t++)
        {
            if (_wordLookup.TryGetValue(buffer[scratch.TokenStart[t]..scratch.TokenEnd[t]], out var index))
            {
                scratch.Add(index);
            }

            if (Settings.WordNgramLength >= 2 && t + 1 < scratch.Tokens
                && _wordLookup.TryGetValue(buffer[scratch.TokenStart[t]..scratch.TokenEnd[t + 1]], out index))
            {
                scratch.Add(index);
            }
        }

        CountCharNgrams(buffer, scratch);

        // TF-IDF, then L2 over the word block and over the character block separately.
        var counts = scratch.Counts;
        var indices = scratch.Indices;
        var values = scratch.Values;
        var n = 0;
        double wordNorm = 0, charNorm = 0;
        for (var k = 0; k < scratch.TouchedCount; k++)
        {
            var f = scratch.Touched[k];
            var v = counts[f] * _idf[f];
            counts[f] = 0;
            if (v == 0)
            {
                continue;
            }

            indices[n] = f;
            values[n++] = v;
            if (f < WordCount)
            {
                wordNorm += v * v;
            }
            else
            {
                charNorm += v * v;
            }
        }

        var wordScale = wordNorm > 0 ? (float)(1 / Math.Sqrt(wordNorm)) : 0f;
        var charScale = charNorm > 0 ? (float)(1 / Math.Sqrt(charNorm)) : 0f;
        for (var k = 0; k < n; k++)
        {
            values[k] *= indices[k] < WordCount ? wordScale : charScale;
        }

        Span<float> extra = stackalloc float[ExtraCount];
        FillExtra(text, valence, extra);
        for (var j = 0; j < ExtraCount; j++)
        {
            if (extra[j] != 0)
            {
                indices[n] = WordCount + CharCount + j;
                values[n++] = extra[j];
            }
        }

        scratch.Count = n;
        if (sorted)
        {
            Array.Sort(indices, values, 0, n);
        }
    }

    /// <summary>Computes the dense features of <paramref name="text"/>.</summary>
    /// <param name="text">The raw message.</param>
    /// <param name="valence">A word-valence lexicon with lower-case keys, or null (its features are then zero).</param>
    /// <param name="extra">Receives <see cref="ExtraCount"/> values.</param>
    public static void FillExtra(ReadOnlySpan<char> text, Dictionary<string, float>? valence, Span<float> extra)
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

    /// <summary>The number of characters packed in a character n-gram key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>1 to 4.</returns>
    public static int PackedLength(ulong key) => key > 0xFFFF_FFFF_FFFF ? 4 : key > 0xFFFF_FFFF ? 3 : key > 0xFFFF ? 2 : 1;

    /// <summary>
    /// Normalizes a message into <paramref name="scratch"/>: URLs become <c>_url_</c>, letter runs shrink to two,
    /// punctuation becomes its own token, lower case, diacritics folded (unless kept), one space between tokens.
    /// </summary>
    private static void Normalize(ReadOnlySpan<char> text, char[] fold, VectorScratch scratch)
    {
        scratch.EnsureText((text.Length * 3) + 16);
        var output = scratch.Text;
        var length = 0;
        var pendingSpace = false;
        var run = 0;
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == 'h' && text[i..].StartsWith("http", StringComparison.Ordinal))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                foreach (var u in "_url_")
                {
                    Emit(u, ref pendingSpace, ref length, output, fold);
                }

                pendingSpace = true;
                previous = ' ';
                run = 0;
                continue;
            }

            run = char.ToLowerInvariant(c) == char.ToLowerInvariant(previous) ? run + 1 : 1;
            previous = c;
            if (run > 2 && char.IsLetter(c))
            {
                continue;
            }

            if (IsSplitPunctuation(c))
            {
                if (run > 3)
                {
                    continue;
                }

                pendingSpace = true;
                Emit(c, ref pendingSpace, ref length, output, fold);
                pendingSpace = true;
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
            }
            else
            {
                Emit(c, ref pendingSpace, ref length, output, fold);
            }
        }

        scratch.Length = length;
        scratch.Tokens = 0;
        var tokenStart = 0;
        for (var i = 0; i <= length; i++)
        {
            if (i == length || output[i] == ' ')
            {
                if (i > tokenStart)
                {
                    scratch.AddToken(tokenStart, i);
                }

                tokenStart = i + 1;
            }
        }
    }

    private static void Emit(char c, ref bool pendingSpace, ref int length, char[] output, char[] fold)
    {
        var f = fold[c];
        if (f == '\0')
        {
            return;
        }

        if (pendingSpace && length > 0)
        {
            output[length++] = ' ';
        }

        pendingSpace = false;
        output[length++] = f;
    }

    private void CountCharNgrams(ReadOnlySpan<char> buffer, VectorScratch scratch)
    {
        var max = Settings.CharNgramLength;
        var total = buffer.Length + 2;
        for (var p = 0; p < total; p++)
        {
            ulong key = 0;
            for (var n = 1; n <= max && p + n <= total; n++)
            {
                key = (key << 16) | At(buffer, p + n - 1);
                if (_chars.TryGetValue(key, out var index))
                {
                    scratch.Add(index);
                }
            }
        }
    }

    private static void ForEachCharNgram(ReadOnlySpan<char> buffer, int max, Action<ulong> action)
    {
        var total = buffer.Length + 2;
        for (var p = 0; p < total; p++)
        {
            ulong key = 0;
            for (var n = 1; n <= max && p + n <= total; n++)
            {
                key = (key << 16) | At(buffer, p + n - 1);
                action(key);
            }
        }
    }

    /// <summary>The character at <paramref name="position"/> of the marked text (start marker, the text, end marker).</summary>
    private static char At(ReadOnlySpan<char> buffer, int position) =>
        position == 0 ? Start : position == buffer.Length + 1 ? End : buffer[position - 1];

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

    private static bool IsSplitPunctuation(char c) => c is '!' or '?' or '.' or ',' or ';' or ':' or '"' or '(' or ')' or '*' or '…' or '¿' or '¡' or '؟' or '،';

    /// <summary>Lower case, and (unless <paramref name="keepDiacritics"/>) letters without their marks; '\0' means "drop".</summary>
    private static char[] BuildFoldTable(bool keepDiacritics)
    {
        var table = new char[char.MaxValue + 1];
        Span<char> one = stackalloc char[1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var lower = char.ToLowerInvariant(c);
            table[i] = lower;
            if (keepDiacritics || char.IsSurrogate(c) || i >= 0x3000)
            {
                continue;
            }

            one[0] = lower;
            var decomposed = one.ToString().Normalize(NormalizationForm.FormD);
            var kept = new StringBuilder(decomposed.Length);
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    kept.Append(d);
                }
            }

            table[i] = kept.Length switch
            {
                0 => '\0',
                1 => kept[0],
                _ => lower,
            };
        }

        return table;
    }
}

/// <summary>The per-call buffers of <see cref="TextVectorizer.Vectorize"/>: reuse one per thread, never share one between threads.</summary>
internal sealed class VectorScratch
{
    /// <summary>The normalized text.</summary>
    public char[] Text { get; private set; } = new char[256];

    /// <summary>The normalized text's length.</summary>
    public int Length { get; set; }

    /// <summary>Where each token starts in <see cref="Text"/>.</summary>
    public int[] TokenStart { get; private set; } = new int[64];

    /// <summary>Where each token ends (exclusive).</summary>
    public int[] TokenEnd { get; private set; } = new int[64];

    /// <summary>The number of tokens.</summary>
    public int Tokens { get; set; }

    /// <summary>The term count of every feature (all zero between calls).</summary>
    public float[] Counts { get; private set; } = [];

    /// <summary>The features counted in this call, in first-seen order.</summary>
    public int[] Touched { get; private set; } = new int[256];

    /// <summary>The number of entries in <see cref="Touched"/>.</summary>
    public int TouchedCount { get; set; }

    /// <summary>The output: feature indices.</summary>
    public int[] Indices { get; private set; } = new int[256];

    /// <summary>The output: feature values.</summary>
    public float[] Values { get; private set; } = new float[256];

    /// <summary>The output: the number of non-zero features.</summary>
    public int Count { get; set; }

    /// <summary>Counts one occurrence of feature <paramref name="index"/>.</summary>
    /// <param name="index">The feature.</param>
    public void Add(int index)
    {
        if (Counts[index]++ == 0)
        {
            Touched[TouchedCount++] = index;
        }
    }

    /// <summary>Records a token.</summary>
    /// <param name="start">Its start.</param>
    /// <param name="end">Its end (exclusive).</param>
    public void AddToken(int start, int end)
    {
        if (Tokens == TokenStart.Length)
        {
            var grown = Tokens * 2;
            TokenStart = Grow(TokenStart, grown);
            TokenEnd = Grow(TokenEnd, grown);
        }

        TokenStart[Tokens] = start;
        TokenEnd[Tokens++] = end;
    }

    /// <summary>Makes <see cref="Counts"/> cover a vocabulary of <paramref name="size"/> n-grams.</summary>
    /// <param name="size">The vocabulary size.</param>
    public void EnsureVocabulary(int size)
    {
        if (Counts.Length < size)
        {
            Counts = new float[size];
        }
    }

    /// <summary>Makes room for <paramref name="size"/> counted features.</summary>
    /// <param name="size">The most features one call can count.</param>
    public void EnsureTouched(int size)
    {
        if (Touched.Length < size)
        {
            Touched = new int[size];
            Indices = new int[size];
            Values = new float[size];
        }
    }

    /// <summary>Makes room for <paramref name="size"/> normalized characters.</summary>
    /// <param name="size">The longest normalized text.</param>
    public void EnsureText(int size)
    {
        if (Text.Length < size)
        {
            Text = new char[size];
        }
    }

    private static int[] Grow(int[] array, int size)
    {
        var grown = new int[size];
        array.CopyTo(grown, 0);
        return grown;
    }
}
