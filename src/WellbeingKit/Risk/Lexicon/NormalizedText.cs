namespace WellbeingKit.Risk.Lexicon;

/// <summary>The buffers of one normalized message, reused between calls on the same thread.</summary>
internal sealed class NormalizedText
{
    /// <summary>Flag: a word starts at this character.</summary>
    public const byte StartsWord = 1;

    /// <summary>Flag: a word ends at this character.</summary>
    public const byte EndsWord = 2;

    /// <summary>Flag: the word starting at this character opens a new clause (after sentence punctuation or a comma).</summary>
    public const byte StartsClause = 4;

    /// <summary>The shortest word (in folded characters) listed in <see cref="LongWords"/>: the misspelling look-up's shortest.</summary>
    public const int LongWordLength = CompiledLexicon.FuzzyMinLength - 1;

    public char[] Chars { get; private set; } = new char[256];

    /// <summary>Index of the first original character folded into each character (filled on demand by <see cref="TextNormalizer.ComputeOffsets"/>).</summary>
    public int[] Starts { get; private set; } = new int[256];

    /// <summary>Index after the last original character folded into each character (filled on demand by <see cref="TextNormalizer.ComputeOffsets"/>).</summary>
    public int[] Ends { get; private set; } = new int[256];

    public byte[] Flags { get; private set; } = new byte[256];

    /// <summary>The word (token) number of each character.</summary>
    public int[] Tokens { get; private set; } = new int[256];

    /// <summary>The clause number of each character.</summary>
    public int[] Clauses { get; private set; } = new int[256];

    public int Length { get; set; }

    /// <summary>The words of at least <see cref="LongWordLength"/> folded characters, in order: first and last position of each, in pairs.</summary>
    public int[] LongWords { get; private set; } = new int[256];

    /// <summary>The number of words in <see cref="LongWords"/>.</summary>
    public int LongWordCount { get; set; }

    /// <summary>
    /// Fills <see cref="Tokens"/> and <see cref="Clauses"/> from the flags, for positions 0 to <paramref name="last"/>;
    /// only needed when something matched, and only as far as the last match.
    /// </summary>
    /// <param name="last">The last position whose numbers are needed.</param>
    public void ComputePositions(int last)
    {
        var token = -1;
        var clause = 0;
        var end = Math.Min(Length, last + 1);
        for (var i = 0; i < end; i++)
        {
            var flag = Flags[i];
            if ((flag & StartsWord) != 0)
            {
                token++;
                clause += (flag & StartsClause) != 0 ? 1 : 0;
            }

            Tokens[i] = token;
            Clauses[i] = clause;
        }
    }

    public void EnsureCapacity(int capacity)
    {
        if (Chars.Length >= capacity)
        {
            return;
        }

        var size = Math.Max(capacity, Chars.Length * 2);
        Chars = new char[size];
        Starts = new int[size];
        Ends = new int[size];
        Flags = new byte[size];
        Tokens = new int[size];
        Clauses = new int[size];
        LongWords = new int[size];
    }
}
