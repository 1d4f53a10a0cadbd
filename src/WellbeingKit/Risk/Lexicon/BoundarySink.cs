namespace WellbeingKit.Risk.Lexicon;

/// <summary>The automaton's sink: keeps the matches that sit on word boundaries (or after an allowed prefix).</summary>
internal struct BoundarySink : IMatchSink
{
    private readonly CompiledLexicon _lexicon;
    private readonly MatcherScratch _scratch;

    public BoundarySink(CompiledLexicon lexicon, MatcherScratch scratch)
    {
        _lexicon = lexicon;
        _scratch = scratch;
    }

    public readonly void OnMatch(int end, int value)
    {
        // The entry's length and flags from a dense array (most raw matches end inside a word and stop here, without
        // reading the entry object).
        var shape = _lexicon.Shapes[value];
        var flags = _scratch.Text.Flags;
        if ((shape & CompiledLexicon.OpenShape) == 0 && (flags[end] & NormalizedText.EndsWord) == 0)
        {
            return;
        }

        var start = end - (shape & CompiledLexicon.LengthShape) + 1;
        if ((flags[start] & NormalizedText.StartsWord) == 0 && !AfterPrefix(start))
        {
            return;
        }

        if ((shape & CompiledLexicon.JoinedShape) != 0 && !InOneWord(flags, start, end))
        {
            return;
        }

        _scratch.Add(new Hit(value, start, end));
    }

    private static bool InOneWord(byte[] flags, int start, int end)
    {
        for (var i = start + 1; i <= end; i++)
        {
            if ((flags[i] & NormalizedText.StartsWord) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private readonly bool AfterPrefix(int start)
    {
        var prefixes = _lexicon.Prefixes;
        if (prefixes.Length == 0)
        {
            return false;
        }

        var flags = _scratch.Text.Flags;
        var wordStart = start - 1;
        while (wordStart >= 0 && start - wordStart <= 4 && (flags[wordStart] & NormalizedText.StartsWord) == 0)
        {
            wordStart--;
        }

        if (wordStart < 0 || start - wordStart > 4)
        {
            return false;
        }

        var prefix = _scratch.Text.Chars.AsSpan(wordStart, start - wordStart);
        foreach (var candidate in prefixes)
        {
            if (prefix.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
