using System.Globalization;
using System.Text;

namespace WellbeingKit.ML.Features;

/// <summary>
/// The text preparation both vocabulary building and scoring apply: normalization into tokens, the folding table, and
/// the marked text (start marker, the text, end marker) character n-grams are read from.
/// </summary>
internal static class TextPreparation
{
    /// <summary>Marks the start of the text for character n-grams.</summary>
    private const char Start = '\u0002';

    /// <summary>Marks the end of the text for character n-grams.</summary>
    private const char End = '\u0003';

    private static readonly Lazy<char[]> FoldWithoutDiacritics = new(() => BuildFoldTable(keepDiacritics: false));
    private static readonly Lazy<char[]> FoldLowerOnly = new(() => BuildFoldTable(keepDiacritics: true));

    /// <summary>The folding table: lower case, and letters without their marks unless <paramref name="keepDiacritics"/>.</summary>
    /// <param name="keepDiacritics">Whether diacritics stay.</param>
    /// <returns>The table ('\0' means "drop").</returns>
    public static char[] FoldTable(bool keepDiacritics) => keepDiacritics ? FoldLowerOnly.Value : FoldWithoutDiacritics.Value;

    /// <summary>The number of characters packed in a character n-gram key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>1 to 4.</returns>
    public static int PackedLength(ulong key) => key > 0xFFFF_FFFF_FFFF ? 4 : key > 0xFFFF_FFFF ? 3 : key > 0xFFFF ? 2 : 1;

    /// <summary>
    /// Normalizes a message into <paramref name="scratch"/>: URLs become <c>_url_</c>, letter runs shrink to two,
    /// punctuation becomes its own token, lower case, diacritics folded (unless kept), one space between tokens.
    /// </summary>
    public static void Normalize(ReadOnlySpan<char> text, char[] fold, VectorScratch scratch)
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

    /// <summary>The character at <paramref name="position"/> of the marked text (start marker, the text, end marker).</summary>
    public static char At(ReadOnlySpan<char> buffer, int position) =>
        position == 0 ? Start : position == buffer.Length + 1 ? End : buffer[position - 1];

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
