using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Text;

/// <summary>
/// Compares what a user typed with options, synonyms, intents and triggers, with the risk lexicon's own folding
/// (<see cref="TextNormalizer"/>): case, diacritics (Latin and Arabic), missing apostrophes, repeated letters and
/// punctuation do not matter ("¡Sííí!" → "si", "I'm fine" and "im fine" are the same).
/// </summary>
internal static class TextMatch
{
    [ThreadStatic]
    private static NormalizedText? t_buffer;

    /// <summary>The text folded as the risk lexicon folds it, with one space between words ("No, I'm FIIINE" → "no im fine").</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var buffer = t_buffer ??= new NormalizedText();
        TextNormalizer.Normalize(text, buffer);
        var builder = new StringBuilder(buffer.Length + 8);
        for (var i = 0; i < buffer.Length; i++)
        {
            if (i > 0 && (buffer.Flags[i] & NormalizedText.StartsWord) != 0)
            {
                builder.Append(' ');
            }

            builder.Append(buffer.Chars[i]);
        }

        return builder.ToString();
    }

    /// <summary>True when both texts are equal once normalized (and not empty).</summary>
    public static bool Same(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        // Normalize each string object once: the user's text is compared with many options in a turn, and option
        // values and labels are the pack's own strings, compared on every turn.
        var left = NormalizeOnce(a);
        return left.Length > 0 && left == NormalizeOnce(b);
    }

    private static readonly ConditionalWeakTable<string, string> NormalizedStrings = new();

    /// <summary><see cref="Fold"/>, remembered per string object for as long as the string lives.</summary>
    private static string NormalizeOnce(string text) => NormalizedStrings.GetValue(text, static t => Fold(t));

    /// <summary>The normalized text with a space on each side, for <see cref="ContainsNormalizedPhrase"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>" normalized text ".</returns>
    public static string Pad(string text) => " " + NormalizeOnce(text) + " ";

    /// <summary>True when <paramref name="phrase"/> occurs as whole words in a text already passed through <see cref="Pad"/>.</summary>
    /// <param name="paddedText">The padded, normalized text.</param>
    /// <param name="phrase">A content phrase (its normalized form is cached).</param>
    /// <returns>Whether it occurs.</returns>
    public static bool ContainsNormalizedPhrase(string paddedText, string phrase)
    {
        var p = PaddedPhrase(phrase);
        return p.Length > 0 && paddedText.Contains(p, StringComparison.Ordinal);
    }

    /// <summary>
    /// The phrases of a synonym list: a message text whose phrases are separated by <c>|</c>
    /// ("yes | yeah | i'm safe"). Empty parts are ignored.
    /// </summary>
    /// <param name="list">The list as written in the pack.</param>
    /// <returns>The phrases.</returns>
    public static IReadOnlyList<string> Phrases(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : PhraseLists.GetValue(list, static l => l.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static readonly ConditionalWeakTable<string, string[]> PhraseLists = new();

    /// <summary>
    /// The length (in normalized characters) of the longest phrase of <paramref name="phrases"/> found in
    /// <paramref name="input"/>, or 0 when none is. A phrase counts where it occurs as whole words; one written
    /// <c>=phrase</c> only as the whole message. Longer phrases win over shorter ones: "no I'm fine" matches
    /// "i'm fine" (a denial) rather than "no".
    /// </summary>
    /// <param name="input">What the user typed.</param>
    /// <param name="phrases">The phrases, as written in the pack.</param>
    /// <param name="wholeMessageOnly">True to count only phrases equal to the whole message (where free text is expected).</param>
    /// <returns>The longest match's length, or 0.</returns>
    public static int LongestMatch(string input, IEnumerable<string> phrases, bool wholeMessageOnly = false)
    {
        var padded = Pad(input);
        if (padded.Length <= 2)
        {
            return 0;
        }

        var best = 0;
        foreach (var phrase in phrases)
        {
            var exact = phrase.StartsWith('=');
            var p = PaddedPhrase(exact ? phrase[1..] : phrase);
            if (p.Length - 2 <= best)
            {
                continue;
            }

            if (exact || wholeMessageOnly ? p.Length == padded.Length && p == padded : padded.Contains(p, StringComparison.Ordinal))
            {
                best = p.Length - 2;
            }
        }

        return best;
    }

    private static string PaddedPhrase(string phrase)
    {
        if (!PaddedPhrases.TryGetValue(phrase, out var p))
        {
            var normalized = Fold(phrase);
            p = normalized.Length == 0 ? "" : " " + normalized + " ";
            if (PaddedPhrases.Count < MaxCachedPhrases)
            {
                PaddedPhrases.TryAdd(phrase, p);
            }
        }

        return p;
    }

    /// <summary>At most this many content phrases keep their normalized form (content is finite; this only bounds a pathological pack).</summary>
    private const int MaxCachedPhrases = 20_000;

    private static readonly ConcurrentDictionary<string, string> PaddedPhrases = new(StringComparer.Ordinal);
}
