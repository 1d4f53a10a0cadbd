namespace WellbeingKit.ML.Features;

/// <summary>
/// Turns a message into the sparse feature vector every WellbeingKit model reads: word 1–2-grams and character
/// 1–4-grams of the normalized text, each weighted TF-IDF and L2-normalized as a block, followed by
/// <see cref="ExtraCount"/> dense lexical features (<see cref="DenseFeatures"/>). The vocabulary is fixed at training time
/// (<c>VocabularyBuilder</c> in WellbeingKit.ML.Training chooses it); vectorizing is
/// allocation-free after warm-up and thread-safe (each call brings its own <see cref="VectorScratch"/>).
/// </summary>
internal sealed class TextVectorizer
{
    /// <summary>The number of dense features (punctuation, capitals, length, lexicon valence) after the n-grams.</summary>
    public const int ExtraCount = DenseFeatures.Count;


    private readonly WordTable _words;
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
        _words = new WordTable(words, idf.AsSpan(0, words.Count));
        _chars = new PackedNgramTable(chars, words.Count, idf.AsSpan(words.Count));

        _idf = idf;
        _fold = TextPreparation.FoldTable(settings.KeepDiacritics);
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

    /// <summary>Vectorizes <paramref name="text"/> into <paramref name="scratch"/> (<see cref="VectorScratch.Indices"/>, <see cref="VectorScratch.Values"/>, <see cref="VectorScratch.Count"/>).</summary>
    /// <param name="text">The raw message.</param>
    /// <param name="valence">A word-valence lexicon (VADER-style, −4..+4), or null.</param>
    /// <param name="scratch">The buffers to use; reusable, not shared between threads.</param>
    /// <param name="sorted">Whether the indices must come out in ascending order (training needs it; scoring does not).</param>
    public void Vectorize(ReadOnlySpan<char> text, Dictionary<string, float>? valence, VectorScratch scratch, bool sorted = false)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        TextPreparation.Normalize(text, _fold, scratch);
        var buffer = scratch.Text.AsSpan(0, scratch.Length);
        scratch.BeginCounting((scratch.Tokens * 2) + ((scratch.Length + 2) * Settings.CharNgramLength) + ExtraCount);
        for (var t = 0; t < scratch.Tokens; t++)
        {
            // A bigram is the token, one space and the next token: its hash continues the token's.
            var word = buffer[scratch.TokenStart[t]..scratch.TokenEnd[t]];
            var hash = WordTable.Continue(WordTable.Start, word);
            if (_words.TryGetValue(word, hash, out var index, out var weight))
            {
                scratch.Add(index, weight);
            }

            if (Settings.WordNgramLength >= 2 && t + 1 < scratch.Tokens)
            {
                var bigram = buffer[scratch.TokenStart[t]..scratch.TokenEnd[t + 1]];
                if (_words.TryGetValue(bigram, WordTable.Continue(hash, bigram[word.Length..]), out index, out weight))
                {
                    scratch.Add(index, weight);
                }
            }
        }

        CountCharNgrams(buffer, scratch);
        scratch.EndCounting();

        // TF-IDF, then L2 over the word block and over the character block separately.
        var counts = scratch.TouchedCounts;
        var weights = scratch.TouchedWeights;
        var indices = scratch.Indices;
        var values = scratch.Values;
        var n = 0;
        double wordNorm = 0, charNorm = 0;
        for (var k = 0; k < scratch.TouchedCount; k++)
        {
            var f = scratch.Touched[k];
            var v = counts[k] * weights[k];
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
        DenseFeatures.Fill(text, valence, extra);
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

    private void CountCharNgrams(ReadOnlySpan<char> buffer, VectorScratch scratch)
    {
        var max = Settings.CharNgramLength;
        var total = buffer.Length + 2;
        for (var p = 0; p < total; p++)
        {
            ulong key = 0;
            for (var n = 1; n <= max && p + n <= total; n++)
            {
                key = (key << 16) | TextPreparation.At(buffer, p + n - 1);
                var index = _chars.Probe(key, out var weight);
                if (index >= 0)
                {
                    scratch.Add(index, weight);
                }
                else if (index == PackedNgramTable.Absent)
                {
                    break; // no vocabulary n-gram starts with this one: the longer ones are not there either
                }
            }
        }
    }
}
