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
        var entry = _lexicon.Entries[value];
        var start = end - entry.Length + 1;
        var flags = _scratch.Text.Flags;
        if (!entry.Open && (flags[end] & NormalizedText.EndsWord) == 0)
        {
            return;
        }

        if ((flags[start] & NormalizedText.StartsWord) == 0 && !AfterPrefix(start))
        {
            return;
        }

        if (entry.Joined && !InOneWord(flags, start, end))
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
