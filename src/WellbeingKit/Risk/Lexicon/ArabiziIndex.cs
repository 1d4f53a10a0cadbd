using System.Buffers;

namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// Arabizi folding: the Arabic-script phrases of the lexicons, reduced to a consonant skeleton that the same words written
/// in Latin letters (Arabizi, with the digits 2 3 5 7 9 as letters) reduce to as well, so that a phrase written once in
/// Arabic script also matches "ra7 a2tol 7ali" for "رح اقتل حالي". Long vowels, hamza and qaf (written 2 or left out)
/// are dropped; letters Arabizi writes alike share one symbol (ح ه h 7; س ص s 9; ت ط t 6; د ض d; ذ ز ظ z dh;
/// ج g j; ش sh ch; خ kh 5; غ gh 3' 8; ع 3). Doubled letters count once (shadda is not written). A match runs from the
/// first to the last letter of whole words, across the spaces between them ("el mot" and "الموت" agree).
/// Only messages with a digit-letter word that the language identifier reads as Arabic are folded, so English
/// leetspeak ("h8", "2day") never reaches it; allocation-free otherwise.
/// </summary>
internal sealed class ArabiziIndex
{
    /// <summary>The shortest skeleton of a crisis phrase that is folded: shorter ones ("mt", from اموت) match too much.</summary>
    public const int MinCrisisSkeleton = 4;

    /// <summary>
    /// The shortest skeleton of a cue that is folded: one or two letters collide with ordinary words ("ابدا", never,
    /// folds to "bd" like "bade", I want). Arabizi negations are listed in Latin letters in the lexicon instead.
    /// </summary>
    public const int MinCueSkeleton = 3;

    /// <summary>The longest skeleton kept (longer phrases are not folded).</summary>
    private const int MaxSkeleton = 48;

    private static readonly SearchValues<char> ArabiziDigits = SearchValues.Create("23579");

    private readonly Dictionary<string, int> _skeletons = new(StringComparer.Ordinal);
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ArabiziIndex() => _lookup = _skeletons.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether any phrase was folded.</summary>
    public bool IsEmpty => _skeletons.Count == 0;

    /// <summary>The longest skeleton of any folded phrase.</summary>
    public int Longest { get; private set; }

    /// <summary>Adds <paramref name="phrase"/> (as written in the lexicon) when it is in Arabic script.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="index">Its entry.</param>
    /// <param name="entry">The entry.</param>
    /// <param name="entries">All entries so far (to keep the higher level when two phrases fold alike).</param>
    public void Add(string phrase, int index, LexiconEntry entry, IReadOnlyList<LexiconEntry> entries)
    {
        Span<char> buffer = stackalloc char[MaxSkeleton];
        var length = ArabicSkeleton(phrase, buffer);
        if (length < (entry.Kind == CueKind.Crisis ? MinCrisisSkeleton : MinCueSkeleton))
        {
            return;
        }

        var key = new string(buffer[..length]);
        if (_skeletons.TryGetValue(key, out var earlier))
        {
            var first = entries[earlier];
            // A crisis phrase wins over a cue; between crisis phrases the higher level wins.
            if (first.Kind == CueKind.Crisis && (entry.Kind != CueKind.Crisis || first.Level >= entry.Level))
            {
                return;
            }

            if (first.Kind != CueKind.Crisis && entry.Kind != CueKind.Crisis)
            {
                return;
            }
        }

        _skeletons[key] = index;
        Longest = Math.Max(Longest, length);
    }

    /// <summary>
    /// True when <paramref name="text"/> may be Arabizi: a digit 2 3 5 7 9 next to a Latin letter (cheap, vectorized), and
    /// the language identifier reads the message as Arabic.
    /// </summary>
    /// <param name="text">The message.</param>
    /// <returns>Whether to fold it.</returns>
    public static bool MayBeArabizi(string text)
    {
        var from = 0;
        while (true)
        {
            var at = text.AsSpan(from).IndexOfAny(ArabiziDigits);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if ((at > 0 && char.IsAsciiLetter(text[at - 1])) || (at + 1 < text.Length && char.IsAsciiLetter(text[at + 1])))
            {
                return LanguageIdentifier.IdentifyMessage(text) == "ar";
            }

            from = at + 1;
        }
    }

    /// <summary>Finds the folded phrases in <paramref name="original"/>, a message already normalized into <paramref name="scratch"/>.</summary>
    /// <param name="original">The message.</param>
    /// <param name="scratch">The matcher's buffers, with the normalized text and the automaton's hits.</param>
    public void FindIn(string original, MatcherScratch scratch)
    {
        var text = scratch.Text;
        if (text.Length == 0)
        {
            return;
        }

        // Where each normalized word came from: the skeleton is taken from the original letters (the normalizer reads 3 as e).
        TextNormalizer.ComputeOffsets(original, text, text.Length - 1);
        Span<char> words = stackalloc char[MaxSkeleton];
        Span<char> joined = stackalloc char[MaxSkeleton];
        for (var start = 0; start < text.Length; start++)
        {
            if ((text.Flags[start] & NormalizedText.StartsWord) == 0)
            {
                continue;
            }

            var length = 0;
            var first = true;
            for (var wordStart = start; wordStart < text.Length && length <= Longest;)
            {
                var wordEnd = wordStart;
                while ((text.Flags[wordEnd] & NormalizedText.EndsWord) == 0)
                {
                    wordEnd++;
                }

                var source = original.AsSpan(text.Starts[wordStart], text.Ends[wordEnd] - text.Starts[wordStart]);
                var wordLength = LatinSkeleton(source, words);
                if (wordLength < 0)
                {
                    break; // Arabic script or a word too long: not Arabizi
                }

                if (wordLength == 0)
                {
                    if (first)
                    {
                        break; // a match starts at a word with a consonant ("ya retni" is found from "retni")
                    }
                }
                else
                {
                    first = false;
                    length = Append(joined, length, words[..wordLength]);
                    if (length < 0)
                    {
                        break;
                    }

                    if (_lookup.TryGetValue(joined[..length], out var entry) && !Has(scratch, entry, start, wordEnd))
                    {
                        scratch.Add(new Hit(entry, start, wordEnd));
                    }
                }

                wordStart = wordEnd + 1;
            }
        }
    }

    private static bool Has(MatcherScratch scratch, int entry, int start, int end)
    {
        for (var h = 0; h < scratch.HitCount; h++)
        {
            var hit = scratch.Hits[h];
            if (hit.Entry == entry && hit.Start == start && hit.End == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends <paramref name="word"/> to <paramref name="joined"/>, one symbol for a letter doubled across the join.</summary>
    private static int Append(Span<char> joined, int length, ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (length > 0 && joined[length - 1] == c)
            {
                continue;
            }

            if (length == joined.Length)
            {
                return -1;
            }

            joined[length++] = c;
        }

        return length;
    }

    /// <summary>The skeleton of an Arabic-script phrase; -1 when it holds a Latin letter or is too long.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="output">Where to write it.</param>
    /// <returns>Its length.</returns>
    internal static int ArabicSkeleton(ReadOnlySpan<char> phrase, Span<char> output)
    {
        var length = 0;
        foreach (var c in phrase)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                return -1;
            }

            var s = c switch
            {
                '\u0628' or '\u067E' => 'b', // ب پ
                '\u062A' or '\u062B' or '\u0637' => 't', // ت ث ط
                '\u062C' or '\u0686' or '\u06AF' => 'j', // ج چ گ
                '\u062D' or '\u0647' => 'h', // ح ه
                '\u062E' => '5', // خ
                '\u062F' or '\u0636' => 'd', // د ض
                '\u0630' or '\u0632' or '\u0638' => 'z', // ذ ز ظ
                '\u0631' => 'r',
                '\u0633' or '\u0635' => 's', // س ص
                '\u0634' => 'x', // ش
                '\u0639' => '3', // ع
                '\u063A' => 'g', // غ
                '\u0641' or '\u06A4' => 'f', // ف ڤ
                '\u0643' or '\u06A9' => 'k', // ك ک
                '\u0644' => 'l',
                '\u0645' => 'm',
                '\u0646' => 'n',
                _ => '\0', // long vowels, hamza, qaf, ta marbuta, tashkeel, spaces and the rest
            };

            if (s == '\0' || (length > 0 && output[length - 1] == s))
            {
                continue;
            }

            if (length == output.Length)
            {
                return -1;
            }

            output[length++] = s;
        }

        return length;
    }

    /// <summary>The skeleton of one written word in Latin letters; -1 when it holds Arabic script or is too long.</summary>
    /// <param name="word">The word as written.</param>
    /// <param name="output">Where to write it.</param>
    /// <returns>Its length.</returns>
    internal static int LatinSkeleton(ReadOnlySpan<char> word, Span<char> output)
    {
        var length = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            var next = i + 1 < word.Length ? char.ToLowerInvariant(word[i + 1]) : '\0';
            var quote = next is '\'' or '\u2019';
            char s;
            switch (c)
            {
                case >= '\u0600' and <= '\u06FF':
                    return -1;
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'q' or '2' or '\'' or '\u2019':
                    continue;
                case 's' or 'c' when next == 'h':
                    s = 'x';
                    i++;
                    break;
                case 'k' when next == 'h':
                    s = '5';
                    i++;
                    break;
                case 'g' when next == 'h':
                    s = 'g';
                    i++;
                    break;
                case 't' when next == 'h':
                    s = 't';
                    i++;
                    break;
                case 'd' when next == 'h':
                    s = 'z';
                    i++;
                    break;
                case '3' when quote:
                case '8':
                    s = 'g';
                    break;
                case '7' when quote:
                    s = '5';
                    break;
                case '9' when quote:
                    s = 'd';
                    break;
                case '7':
                    s = 'h';
                    break;
                case '9':
                    s = 's';
                    break;
                case '6':
                    s = 't';
                    break;
                case 'g' or 'j':
                    s = 'j';
                    break;
                case 'c' or 'x':
                    s = 'k';
                    break;
                case 'p':
                    s = 'b';
                    break;
                case 'v':
                    s = 'f';
                    break;
                default:
                    s = c;
                    break;
            }

            if (length > 0 && output[length - 1] == s)
            {
                continue;
            }

            if (length == output.Length)
            {
                return -1;
            }

            output[length++] = s;
        }

        return length;
    }
}
