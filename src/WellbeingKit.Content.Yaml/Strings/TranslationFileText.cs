using System.Text;

namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>
/// Reads a translation file as a spreadsheet saved it: UTF-8 with or without a byte order mark, UTF-16, or a legacy
/// Windows code page (1251 for Cyrillic, 1256 for Arabic script, 1252 for Western European languages) chosen by the
/// target locale and checked against the text. A file whose encoding cannot be known is refused, never read as U+FFFD.
/// </summary>
public static class TranslationFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/> and the name of the encoding it was read in.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="locale">The target locale, which tells which legacy code page a non-UTF-8 file may be in.</param>
    /// <param name="fileName">The file name, for messages.</param>
    /// <returns>The text and the encoding's name (for example <c>UTF-8</c>, <c>Windows-1251</c>).</returns>
    /// <exception cref="FormatException">The encoding cannot be known; the message says how to save the file.</exception>
    public static (string Text, string Encoding) Decode(byte[] bytes, string? locale, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return (Utf8(bytes.AsSpan(3), fileName), "UTF-8 (with BOM)");
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16 LE");
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16 BE");
        }

        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            return ((bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes), bigEndian ? "UTF-16 BE" : "UTF-16 LE");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return Legacy(bytes, locale, fileName);
        }
    }

    private static string Utf8(ReadOnlySpan<byte> bytes, string fileName)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new FormatException($"{fileName}: the file starts as UTF-8 but holds bytes that are not UTF-8; save it again as 'CSV UTF-8'");
        }
    }

    /// <summary>Text with a zero byte in every other place is UTF-16 without a byte order mark.</summary>
    private static bool LooksLikeUtf16(byte[] bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var half = bytes.Length / 2;
        bigEndian = evenZeros > oddZeros;
        return Math.Max(evenZeros, oddZeros) * 10 >= half * 4 && Math.Min(evenZeros, oddZeros) == 0;
    }

    private static (string Text, string Encoding) Legacy(byte[] bytes, string? locale, string fileName)
    {
        var language = locale is null ? "" : Locales.Language(locale).ToLowerInvariant();
        var (codePage, script) = language switch
        {
            "uk" or "ru" or "be" or "bg" or "mk" or "sr" or "kk" or "ky" or "tg" or "mn" => (1251, "Cyrillic"),
            "ar" or "fa" or "ur" or "ps" or "ckb" or "sd" or "ug" => (1256, "Arabic"),
            "es" or "fr" or "de" or "it" or "pt" or "nl" or "sv" or "da" or "no" or "nb" or "fi" or "ca" or "eu" or "gl" or "is" or "ga" or "sw" or "id" or "ms" or "af" or "en" => (1252, "Latin"),
            _ => (0, ""),
        };
        if (codePage == 0)
        {
            throw new FormatException($"{fileName}: the file is not UTF-8, and the kit cannot tell which code page a '{locale}' file was saved in; save it as 'CSV UTF-8' (Excel: File > Save As > CSV UTF-8) and import it again");
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.GetEncoding(codePage).GetString(bytes);
        Func<char, bool> inScript = script switch
        {
            "Cyrillic" => c => c is >= '\u0400' and <= '\u04FF',
            "Arabic" => c => c is >= '\u0600' and <= '\u06FF',
            _ => c => c > 0x7F && char.IsLetter(c),
        };

        // Text in another code page read as this one gives words that mix scripts ("Quй"): real text does not.
        var words = System.Text.RegularExpressions.Regex.Split(text, @"\P{L}+", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        var fits = words.Any(w => w.Any(inScript))
            && (script == "Latin" || !words.Any(w => w.Any(inScript) && w.Any(char.IsAsciiLetter)));
        if (!fits)
        {
            throw new FormatException($"{fileName}: the file is not UTF-8 and does not read as {script} text in Windows-{codePage} either; save it as 'CSV UTF-8' (Excel: File > Save As > CSV UTF-8) and import it again");
        }

        return (text, "Windows-" + codePage.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
