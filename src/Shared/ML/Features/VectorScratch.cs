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

    /// <summary>The features counted in this call, in first-seen order.</summary>
    public int[] Touched { get; private set; } = new int[256];

    /// <summary>The term count of each feature in <see cref="Touched"/>.</summary>
    public float[] TouchedCounts { get; private set; } = new float[256];

    /// <summary>The IDF weight of each feature in <see cref="Touched"/>.</summary>
    public float[] TouchedWeights { get; private set; } = new float[256];

    /// <summary>The number of entries in <see cref="Touched"/>.</summary>
    public int TouchedCount { get; set; }

    // Where each counted feature is in Touched: a small open-addressing table sized for this call (a short message's
    // stays in the L1 cache), instead of a count per vocabulary entry (hundreds of KB, one cache miss per feature).
    private int[] _slotFeature = new int[1024]; // feature + 1; 0 = empty
    private int[] _slotPosition = new int[1024];
    private int[] _slotOf = new int[256]; // the slot of each entry of Touched, to empty the table afterwards
    private int _mask;
    private int _shift;

    /// <summary>The output: feature indices.</summary>
    public int[] Indices { get; private set; } = new int[256];

    /// <summary>The output: feature values.</summary>
    public float[] Values { get; private set; } = new float[256];

    /// <summary>The output: the number of non-zero features.</summary>
    public int Count { get; set; }

    /// <summary>Starts counting the features of one text: at most <paramref name="most"/> distinct ones.</summary>
    /// <param name="most">The most features the text can count.</param>
    public void BeginCounting(int most)
    {
        EnsureTouched(most);
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, most * 2));
        if (_slotFeature.Length < capacity)
        {
            _slotFeature = new int[capacity];
            _slotPosition = new int[capacity];
        }

        _mask = capacity - 1;
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)capacity);
        TouchedCount = 0;
    }

    /// <summary>Counts one occurrence of feature <paramref name="index"/> (between <see cref="BeginCounting"/> and <see cref="EndCounting"/>).</summary>
    /// <param name="index">The feature.</param>
    /// <param name="weight">Its IDF weight.</param>
    public void Add(int index, float weight)
    {
        var key = index + 1;
        var slot = (int)(((uint)key * 2654435769u) >> _shift);
        while (true)
        {
            var found = _slotFeature[slot];
            if (found == key)
            {
                TouchedCounts[_slotPosition[slot]]++;
                return;
            }

            if (found == 0)
            {
                var position = TouchedCount++;
                _slotFeature[slot] = key;
                _slotPosition[slot] = position;
                _slotOf[position] = slot;
                Touched[position] = index;
                TouchedCounts[position] = 1;
                TouchedWeights[position] = weight;
                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Empties the counting table for the next text (<see cref="Touched"/> and its counts stay readable).</summary>
    public void EndCounting()
    {
        for (var k = 0; k < TouchedCount; k++)
        {
            _slotFeature[_slotOf[k]] = 0;
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

    /// <summary>Makes room for <paramref name="size"/> counted features.</summary>
    /// <param name="size">The most features one call can count.</param>
    public void EnsureTouched(int size)
    {
        if (Touched.Length < size)
        {
            Touched = new int[size];
            TouchedCounts = new float[size];
            TouchedWeights = new float[size];
            _slotOf = new int[size];
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
