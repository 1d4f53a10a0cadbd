using Microsoft.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using WellbeingKit.Content;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>Which language the page speaks, and in which language a helpline's name is written (for <c>lang</c>).</summary>
internal static class PageLocale
{
    private static readonly string[] BuiltInLocales = ["en", "es", "fr", "ar"];

    /// <summary>The language part of a BCP 47 tag (<c>es-MX</c> → <c>es</c>), lowercased.</summary>
    public static string Language(string locale) => Locales.Language(locale).ToLowerInvariant();

    /// <summary>
    /// The pack locale that best matches the browser's <c>Accept-Language</c> (highest quality first; an exact tag,
    /// then its language), or null when none matches.
    /// </summary>
    public static string? FromAcceptLanguage(HttpRequest request, ContentPack? pack)
    {
        var offered = pack?.Manifest.Locales.Select(l => l.Code).ToList() is { Count: > 0 } codes ? codes : [.. BuiltInLocales];
        IList<StringWithQualityHeaderValue> wanted;
        try
        {
            wanted = request.GetTypedHeaders().AcceptLanguage;
        }
        catch (FormatException)
        {
            return null;
        }

        foreach (var tag in wanted.Where(w => w.Quality is null or > 0).OrderByDescending(w => w.Quality ?? 1).Select(w => w.Value.Value ?? ""))
        {
            var match = offered.FirstOrDefault(c => string.Equals(c, tag, StringComparison.OrdinalIgnoreCase))
                ?? offered.FirstOrDefault(c => string.Equals(c, Language(tag), StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>
    /// The language a helpline's name is written in when it is not <paramref name="locale"/>'s (null when it is):
    /// the first of the helpline's languages written in the name's script, else the pack's default locale.
    /// </summary>
    public static string? NameLanguage(Helpline helpline, string locale, string fallbackLocale)
    {
        var arabicName = helpline.Name.Any(c => c is >= '\u0600' and <= '\u06FF');
        var page = Language(locale);
        bool SameScript(string language) => Locales.IsRightToLeft(language) == arabicName;
        if (SameScript(page) && (helpline.Languages.Count == 0 || helpline.Languages.Any(l => Language(l) == page)))
        {
            return null;
        }

        var language = helpline.Languages.FirstOrDefault(SameScript) ?? fallbackLocale;
        return Language(language) == page ? null : language;
    }
}
