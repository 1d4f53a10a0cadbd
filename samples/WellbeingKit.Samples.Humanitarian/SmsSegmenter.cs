using System.Globalization;
using System.Text;

namespace WellbeingKit.Samples.Humanitarian;

/// <summary>How an SMS is encoded on the air.</summary>
internal enum SmsEncoding
{
    /// <summary>The GSM 03.38 7-bit default alphabet: 160 septets in one SMS, 153 per part of a long one.</summary>
    Gsm7,

    /// <summary>UCS-2 (UTF-16) for anything outside GSM-7, such as Arabic: 70 code units in one SMS, 67 per part.</summary>
    Ucs2,
}

/// <summary>
/// Splits text into SMS parts the way a handset does. A text that fits one SMS (160 GSM-7 septets, or 70 UCS-2 units) is one part;
/// a longer one is split into concatenated parts of at most 153 septets (GSM-7) or 67 units (UCS-2), because each part then
/// carries a 6-byte header. GSM-7 extension characters (<c>^{}\[~]|€</c> and form feed) take two septets; a part never splits
/// an escape pair or a UTF-16 surrogate pair; parts break at spaces where they can.
/// </summary>
internal static class SmsSegmenter
{
    public const int Gsm7Single = 160;
    public const int Gsm7Part = 153;
    public const int Ucs2Single = 70;
    public const int Ucs2Part = 67;

    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    public static SmsEncoding EncodingOf(string text) =>
        text.All(c => Basic.Contains(c, StringComparison.Ordinal) || Extension.Contains(c, StringComparison.Ordinal)) ? SmsEncoding.Gsm7 : SmsEncoding.Ucs2;

    /// <summary>The cost of <paramref name="text"/> in septets (GSM-7) or UTF-16 code units (UCS-2).</summary>
    public static int Length(string text, SmsEncoding encoding) =>
        encoding == SmsEncoding.Ucs2 ? text.Length : text.Sum(c => Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1);

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoding = EncodingOf(text);
        if (Length(text, encoding) <= (encoding == SmsEncoding.Gsm7 ? Gsm7Single : Ucs2Single))
        {
            return text.Length == 0 ? [] : [text];
        }

        var limit = encoding == SmsEncoding.Gsm7 ? Gsm7Part : Ucs2Part;
        var parts = new List<string>();
        var elements = TextElements(text);
        var start = 0;
        while (start < elements.Count)
        {
            // Take as many whole elements (graphemes) as fit, then step back to the last space if there is one.
            var cost = 0;
            var end = start;
            var lastSpace = -1;
            while (end < elements.Count)
            {
                var c = Length(elements[end], encoding);
                if (cost + c > limit)
                {
                    break;
                }

                if (elements[end] is " " or "\n")
                {
                    lastSpace = end;
                }

                cost += c;
                end++;
            }

            if (end == start)
            {
                end = start + 1; // A single element over the limit cannot happen with these limits; never loop forever.
            }
            else if (end < elements.Count && lastSpace > start)
            {
                end = lastSpace + 1;
            }

            var part = string.Concat(elements.Skip(start).Take(end - start)).TrimEnd(' ', '\n');
            if (part.Length > 0)
            {
                parts.Add(part);
            }

            start = end;
            while (start < elements.Count && elements[start] is " " or "\n")
            {
                start++;
            }
        }

        return parts;
    }

    private static List<string> TextElements(string text)
    {
        var list = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var element = e.GetTextElement();

            // A grapheme longer than a part (an emoji family, say) is cut into its code points rather than lost.
            if (element.Length > Ucs2Part)
            {
                list.AddRange(element.EnumerateRunes().Select(r => r.ToString()));
            }
            else
            {
                list.Add(element);
            }
        }

        return list;
    }
}
