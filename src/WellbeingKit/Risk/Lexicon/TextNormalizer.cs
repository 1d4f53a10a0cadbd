using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// Folds text into the matching alphabet: lowercase, no diacritics (Latin and Arabic), unified Arabic letter forms,
/// leetspeak inside words, repeated letters collapsed and the spaces between words removed. Each kept character
/// remembers where it came from in the original text, and whether a word starts or ends there.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>The folded value meaning "separator between words".</summary>
    private const char Separator = '\0';

    /// <summary>The folded value meaning "drop the character, it is not there" (tashkeel, tatweel, apostrophes, zero-width).</summary>
    private const char Drop = '\u0001';

    /// <summary>The folded value meaning "a clause ends here" (sentence punctuation, commas, new lines).</summary>
    private const char ClauseBreak = '\u0002';

    /// <summary>The folded value, in <see cref="FastFold"/> only, meaning "a leetspeak candidate: look at the neighbours".</summary>
    private const char Leetable = '\u0003';

    private static readonly char[] Fold = BuildFoldTable();

    /// <summary>
    /// <see cref="Fold"/> with the leetspeak candidates mapped to <see cref="Leetable"/>: any value above it is a letter or
    /// digit that folds without looking at its neighbours, the common case one comparison decides.
    /// </summary>
    private static readonly char[] FastFold = BuildFastFoldTable();

    /// <summary>
    /// Normalizes <paramref name="text"/> into <paramref name="output"/>: the folded characters and their word and clause
    /// flags. Where each folded character came from in the original text is not recorded (see <see cref="ComputeOffsets"/>).
    /// </summary>
    /// <param name="text">The original text.</param>
    /// <param name="output">The buffers to fill; grown when too small.</param>
    public static void Normalize(ReadOnlySpan<char> text, NormalizedText output)
    {
        Normalize<WithoutOffsets>(text, output, int.MaxValue);
    }

    /// <summary>
    /// Records in <see cref="NormalizedText.Starts"/> and <see cref="NormalizedText.Ends"/> where the folded characters
    /// 0 to <paramref name="last"/> came from, folding <paramref name="text"/> again as far as needed; writes nothing else.
    /// </summary>
    /// <param name="text">The original text, the one last normalized into <paramref name="output"/>.</param>
    /// <param name="output">Its normalized form.</param>
    /// <param name="last">The last folded position whose offsets are needed.</param>
    public static void ComputeOffsets(ReadOnlySpan<char> text, NormalizedText output, int last) => Normalize<WithOffsets>(text, output, last);

    // Fully optimized from the first call, without tiered PGO: with it, the layout of this loop (and the automaton's)
    // changed from one process to the next, and with it the speed, by up to a fifth.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Normalize<TOffsets>(ReadOnlySpan<char> text, NormalizedText output, int last)
        where TOffsets : struct
    {
        output.EnsureCapacity(text.Length);
        var chars = output.Chars;
        var flags = output.Flags;
        var starts = output.Starts;
        var ends = output.Ends;
        var longWords = output.LongWords;
        var longWordCount = 0;
        var fold = FastFold;

        if (typeof(TOffsets) == typeof(WithoutOffsets))
        {
            // Only word starts and ends set a flag: clear them all at once rather than writing a zero per character.
            flags.AsSpan(0, text.Length).Clear();
        }

        var length = 0;
        var wordStart = 0;
        var inWord = false;
        var pendingClause = false;
        var previous = Separator;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var f = fold[c];
            if (f <= Leetable)
            {
                if (f == Drop)
                {
                    continue;
                }

                if (f == Leetable)
                {
                    f = (char.IsAsciiDigit(c) || c is '$' or '@' ? inWord || NextIsLetter(text, i + 1) : inWord && NextIsLetter(text, i + 1)) ? Leet(c) : Fold[c];
                }

                if (f <= ClauseBreak)
                {
                    if (inWord)
                    {
                        inWord = false;
                        if (typeof(TOffsets) == typeof(WithoutOffsets))
                        {
                            flags[length - 1] |= NormalizedText.EndsWord;
                            if (length - wordStart >= NormalizedText.LongWordLength)
                            {
                                longWords[longWordCount++] = wordStart;
                                longWords[longWordCount++] = length - 1;
                            }
                        }
                    }

                    pendingClause |= f == ClauseBreak;
                    continue;
                }
            }

            if (inWord)
            {
                // Collapse repeated letters inside a word ("sooo" -> "so"). Not across words: "can take" must not read "cant take".
                if (f == previous)
                {
                    if (typeof(TOffsets) == typeof(WithOffsets))
                    {
                        ends[length - 1] = i + 1;
                    }

                    continue;
                }
            }

            if (typeof(TOffsets) == typeof(WithOffsets) && length > last)
            {
                // Character `last` can take no more repeats: its offsets are final.
                break;
            }

            if (!inWord)
            {
                if (typeof(TOffsets) == typeof(WithoutOffsets))
                {
                    flags[length] = pendingClause ? (byte)(NormalizedText.StartsWord | NormalizedText.StartsClause) : NormalizedText.StartsWord;
                }

                pendingClause = false;
                inWord = true;
                wordStart = length;
            }

            if (typeof(TOffsets) == typeof(WithoutOffsets))
            {
                chars[length] = f;
            }
            else
            {
                starts[length] = i;
                ends[length] = i + 1;
            }

            previous = f;
            length++;

            if (typeof(TOffsets) == typeof(WithoutOffsets))
            {
                // The rest of the word's plain letters (most of any text): no flag to set, and a repeated letter is
                // written, then overwritten (that slot is free: the folded text is never longer than the original).
                while (i + 1 < text.Length)
                {
                    var next = fold[text[i + 1]];
                    if (next <= Leetable)
                    {
                        break;
                    }

                    i++;
                    chars[length] = next;
                    length += next != previous ? 1 : 0;
                    previous = next;
                }
            }
        }

        if (typeof(TOffsets) == typeof(WithoutOffsets))
        {
            if (inWord)
            {
                flags[length - 1] |= NormalizedText.EndsWord;
                if (length - wordStart >= NormalizedText.LongWordLength)
                {
                    longWords[longWordCount++] = wordStart;
                    longWords[longWordCount++] = length - 1;
                }
            }

            output.Length = length;
            output.LongWordCount = longWordCount / 2;
        }
    }

    /// <summary>Normalizes a lexicon phrase to the matching alphabet (the same folding as messages, without positions).</summary>
    /// <param name="phrase">The phrase as written in the lexicon.</param>
    /// <returns>The folded phrase.</returns>
    public static string NormalizePhrase(string phrase)
    {
        var buffer = new NormalizedText();
        Normalize(phrase, buffer);
        return new string(buffer.Chars, 0, buffer.Length);
    }

    /// <summary>
    /// The phrase as it reads when its words are run together in one word ("want to" -> "wanto", since a repeated letter
    /// inside a word collapses); null when that is the same as <see cref="NormalizePhrase"/>.
    /// </summary>
    /// <param name="phrase">The phrase as written in the lexicon.</param>
    /// <returns>The run-together form, or null.</returns>
    public static string? NormalizeJoined(string phrase)
    {
        var spaced = NormalizePhrase(phrase);
        var buffer = new NormalizedText();
        Normalize(string.Concat(phrase.Where(c => Fold[c] > ClauseBreak || Fold[c] == Drop)), buffer);
        var joined = new string(buffer.Chars, 0, buffer.Length);
        return joined == spaced ? null : joined;
    }

    /// <summary>True when <paramref name="c"/> folds to a letter or digit.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is part of a word.</returns>
    public static bool IsWordChar(char c) => Fold[c] > ClauseBreak;

    private static bool NextIsLetter(ReadOnlySpan<char> text, int index)
    {
        var fold = Fold;
        while (index < text.Length && fold[text[index]] == Drop)
        {
            index++;
        }

        return index < text.Length && fold[text[index]] > ClauseBreak && char.IsLetter(fold[text[index]]);
    }

    private static char Leet(char c) => c switch
    {
        '0' => 'o',
        '1' or '!' or '|' => 'i',
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        '8' => 'b',
        _ => c,
    };

    private static char[] BuildFastFoldTable()
    {
        var table = (char[])Fold.Clone();
        foreach (var c in "0134578@$!|")
        {
            table[c] = Leetable;
        }

        return table;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[65536];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = FoldOne((char)i);
        }

        return table;
    }

    private static char FoldOne(char c)
    {
        switch (c)
        {
            case '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' or '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF':
                return Drop;
            case '.' or '!' or '?' or ';' or ':' or ',' or '\n' or '\r' or '\u2026' or '\u00BF' or '\u00A1' or '\u061F' or '\u060C' or '\u061B' or '\u06D4':
                return ClauseBreak;
            case '\u00DF':
                return 's';
            case '\u00E6' or '\u00C6':
                return 'a';
            case '\u0153' or '\u0152' or '\u00F8' or '\u00D8':
                return 'o';
            case '\u0142' or '\u0141':
                return 'l';
            case '\u0111' or '\u0110':
                return 'd';
        }

        // Arabic: drop tashkeel and tatweel, unify alef, ta marbuta, alef maqsura, hamza seats and Persian forms.
        if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u06D6' and <= '\u06ED')
        {
            return Drop;
        }

        switch (c)
        {
            case '\u0623' or '\u0625' or '\u0622' or '\u0671':
                return '\u0627';
            case '\u0629':
                return '\u0647';
            case '\u0649' or '\u0626' or '\u06CC':
                return '\u064A';
            case '\u0624':
                return '\u0648';
            case '\u06A9':
                return '\u0643';
        }

        if (c is >= '\u0660' and <= '\u0669')
        {
            return (char)('0' + (c - '\u0660'));
        }

        if (char.IsSurrogate(c) || !char.IsLetterOrDigit(c))
        {
            return Separator;
        }

        var lower = char.ToLowerInvariant(c);
        if (lower < '\u0080' || lower is >= '\u0600' and <= '\u06FF')
        {
            return lower;
        }

        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                return d;
            }
        }

        return lower;
    }
}
