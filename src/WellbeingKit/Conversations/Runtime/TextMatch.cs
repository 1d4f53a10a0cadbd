using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>Compares what a user typed with options and triggers: case-, diacritics- and punctuation-insensitive.</summary>
internal static class TextMatch
{
    /// <summary>Lowercases, strips diacritics and punctuation, and collapses spaces ("¡Sí!" → "si").</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when both texts are equal once normalized.</summary>
    public static bool Same(string? a, string? b)
    {
        // Most options and answers are plain ASCII: compare them without building the normalized strings.
        if (a is not null && b is not null && Ascii.IsValid(a) && Ascii.IsValid(b))
        {
            return SameAscii(a, b);
        }

        if (a is null || b is null)
        {
            return false;
        }

        // Otherwise normalize each string object once: the user's text is compared with many options in a turn, and
        // option values and labels are the pack's own strings, compared on every turn.
        var left = NormalizeOnce(a);
        return left.Length > 0 && left == NormalizeOnce(b);
    }

    private static readonly ConditionalWeakTable<string, string> NormalizedStrings = new();

    /// <summary><see cref="Normalize"/>, remembered per string object for as long as the string lives.</summary>
    private static string NormalizeOnce(string text) => NormalizedStrings.GetValue(text, static t => Normalize(t));

    /// <summary>The normalized text with a space on each side, for <see cref="ContainsNormalizedPhrase"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>" normalized text ".</returns>
    public static string Pad(string text) => " " + Normalize(text) + " ";

    /// <summary>True when <paramref name="phrase"/> occurs as whole words in a text already passed through <see cref="Pad"/>.</summary>
    /// <param name="paddedText">The padded, normalized text.</param>
    /// <param name="phrase">A content phrase (its normalized form is cached).</param>
    /// <returns>Whether it occurs.</returns>
    public static bool ContainsNormalizedPhrase(string paddedText, string phrase)
    {
        if (!PaddedPhrases.TryGetValue(phrase, out var p))
        {
            var normalized = Normalize(phrase);
            p = normalized.Length == 0 ? "" : " " + normalized + " ";
            if (PaddedPhrases.Count < MaxCachedPhrases)
            {
                PaddedPhrases.TryAdd(phrase, p);
            }
        }

        return p.Length > 0 && paddedText.Contains(p, StringComparison.Ordinal);
    }

    /// <summary>At most this many content phrases keep their normalized form (content is finite; this only bounds a pathological pack).</summary>
    private const int MaxCachedPhrases = 20_000;

    private static readonly ConcurrentDictionary<string, string> PaddedPhrases = new(StringComparer.Ordinal);

    /// <summary><see cref="Same"/> for two ASCII strings: letters and digits compared case-insensitively, any run of other characters is one separator.</summary>
    private static bool SameAscii(string a, string b)
    {
        var left = new AsciiWords(a);
        var right = new AsciiWords(b);
        var first = true;
        while (true)
        {
            var x = left.Next();
            var y = right.Next();
            if (x != y)
            {
                return false;
            }

            if (x == '\0')
            {
                return !first;
            }

            first = false;
        }
    }

    /// <summary>Reads an ASCII string as <see cref="Normalize"/> would write it, one character at a time ('\0' at the end).</summary>
    private ref struct AsciiWords(string text)
    {
        private readonly string _text = text;
        private int _position;
        private bool _started;

        public char Next()
        {
            var k = _position;
            while (k < _text.Length && !char.IsAsciiLetterOrDigit(_text[k]))
            {
                k++;
            }

            if (k == _text.Length)
            {
                _position = k;
                return '\0';
            }

            if (k > _position && _started)
            {
                _position = k;
                return ' ';
            }

            _started = true;
            _position = k + 1;
            return char.ToLowerInvariant(_text[k]);
        }
    }
}
