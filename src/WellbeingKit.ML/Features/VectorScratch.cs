namespace WellbeingKit.ML.Features;

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
