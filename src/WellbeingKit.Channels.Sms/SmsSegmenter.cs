using System.Globalization;
using System.Text;

namespace WellbeingKit.Channels.Sms;

/// <summary>
/// Measures and splits text into SMS parts the way a handset does. A text that fits one SMS (160 GSM-7 septets, or 70 UCS-2
/// units) is one part; a longer one is sent as a concatenated SMS of parts of at most 153 septets (GSM-7) or 67 units (UCS-2),
/// each part carrying a 6-byte header. The phone joins the parts back into one message, in order, so parts are filled to the
/// limit (a break inside a word is invisible to the reader); a part never splits a GSM-7 escape pair, a surrogate pair or a
/// grapheme. GSM-7 extension characters (<c>^{}\[~]|€</c> and form feed) take two septets.
/// </summary>
public static class SmsSegmenter
{
    /// <summary>Septets in a single GSM-7 SMS.</summary>
    public const int Gsm7Single = 160;

    /// <summary>Septets in each part of a concatenated GSM-7 SMS.</summary>
    public const int Gsm7Part = 153;

    /// <summary>UTF-16 units in a single UCS-2 SMS.</summary>
    public const int Ucs2Single = 70;

    /// <summary>UTF-16 units in each part of a concatenated UCS-2 SMS.</summary>
    public const int Ucs2Part = 67;

    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    /// <summary>
    /// Replaces typographic punctuation outside GSM-7 (curly quotes, dashes, ellipsis, non-breaking space, bullet) by its plain
    /// twin, as SMS gateways' "smart encoding" does, so one apostrophe does not turn a whole reply into UCS-2 (70 instead of 160
    /// per SMS). Letters are never touched: see <see cref="TransliterateLetters"/> for that.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with GSM-7 punctuation.</returns>
    public static string GsmPunctuation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => "'",
                '\u201C' or '\u201D' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => "\"",
                '\u2013' or '\u2014' or '\u2012' or '\u2212' => "-",
                '\u2026' => "...",
                '\u00A0' or '\u202F' or '\u2009' => " ",
                '\u2022' or '\u00B7' => "-",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    /// <summary>
    /// Writes letters outside GSM-7 with the nearest GSM-7 letter, for locales whose readers accept it (French, Spanish,
    /// English): a letter GSM-7 has is kept as it is (é, è, à, ù, ñ, ü...); another accented letter loses its accent (ê → e,
    /// á → a, ç → c, î → i); the ligatures œ and Œ become oe and OE. Anything else (Arabic, emoji) is left alone, so such text
    /// stays UCS-2 and reads correctly.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with GSM-7 letters where an equivalent exists.</returns>
    public static string TransliterateLetters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsGsm7(c))
            {
                result.Append(c);
                continue;
            }

            switch (c)
            {
                case 'œ': result.Append("oe"); continue;
                case 'Œ': result.Append("OE"); continue;
                case 'ç': result.Append('c'); continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && IsGsm7(decomposed[0])
                && decomposed.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark))
            {
                result.Append(decomposed[0]);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>The encoding a handset would use for <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>GSM-7 when every character is in the GSM 03.38 alphabet (or its extension), else UCS-2.</returns>
    public static SmsEncoding EncodingOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.All(IsGsm7) ? SmsEncoding.Gsm7 : SmsEncoding.Ucs2;
    }

    /// <summary>The cost of <paramref name="text"/> in septets (GSM-7) or UTF-16 code units (UCS-2).</summary>
    /// <param name="text">The text.</param>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The length on the air.</returns>
    public static int Length(string text, SmsEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        return encoding == SmsEncoding.Ucs2 ? text.Length : text.Sum(c => Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1);
    }

    /// <summary>How many SMS parts <paramref name="text"/> costs.</summary>
    /// <param name="text">The text.</param>
    /// <returns>0 for an empty text, else the number of parts.</returns>
    public static int PartCount(string text) => Split(text).Count;

    /// <summary>Splits <paramref name="text"/> into the parts of a (concatenated) SMS, each filled to the limit.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The parts, in order; joined, they give the text back.</returns>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var encoding = EncodingOf(text);
        if (Length(text, encoding) <= (encoding == SmsEncoding.Gsm7 ? Gsm7Single : Ucs2Single))
        {
            return [text];
        }

        var limit = encoding == SmsEncoding.Gsm7 ? Gsm7Part : Ucs2Part;
        var parts = new List<string>();
        var part = new StringBuilder();
        var cost = 0;
        foreach (var element in TextElements(text))
        {
            var c = Length(element, encoding);
            if (cost + c > limit && part.Length > 0)
            {
                parts.Add(part.ToString());
                part.Clear();
                cost = 0;
            }

            part.Append(element);
            cost += c;
        }

        if (part.Length > 0)
        {
            parts.Add(part.ToString());
        }

        return parts;
    }

    private static bool IsGsm7(char c) => Basic.Contains(c, StringComparison.Ordinal) || Extension.Contains(c, StringComparison.Ordinal);

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
