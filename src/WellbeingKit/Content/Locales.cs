using System.Globalization;

namespace WellbeingKit.Content;

/// <summary>
/// Locale and country values: one place for the language part of a BCP 47 tag (used by every fallback) and for reading
/// what hosts, pages and users send (<c>EN</c>, <c>en_gb</c>, <c>GBR</c>, <c>uk</c>) into the forms the kit uses.
/// </summary>
public static class Locales
{
    private static readonly Lazy<Dictionary<string, string>> ThreeLetterCountries = new(BuildThreeLetterCountries);

    /// <summary>The language part of <paramref name="locale"/> (<c>es-MX</c> → <c>es</c>); the tag itself when it has no region.</summary>
    /// <param name="locale">A BCP 47 tag.</param>
    /// <returns>The language subtag.</returns>
    public static string Language(string locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var dash = locale.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? locale[..dash] : locale;
    }

    /// <summary>True when two tags are the same or share their language (<c>es</c> and <c>es-MX</c>), any case.</summary>
    /// <param name="a">A BCP 47 tag.</param>
    /// <param name="b">Another BCP 47 tag.</param>
    /// <returns>Whether both are written in the same language.</returns>
    public static bool SameLanguage(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || string.Equals(Language(a), Language(b), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when <paramref name="locale"/>'s language is written right to left (Arabic, Hebrew, Persian, Urdu, Pashto,
    /// Sindhi, Uyghur, Yiddish, Dhivehi, Sorani Kurdish): the one list the engine, the pack validator, the authoring
    /// template and the web page use.
    /// </summary>
    /// <param name="locale">A BCP 47 tag, any case.</param>
    /// <returns>True for a right-to-left language.</returns>
    public static bool IsRightToLeft(string locale) =>
        Language(locale).ToLowerInvariant() is "ar" or "he" or "fa" or "ur" or "ps" or "sd" or "ug" or "yi" or "dv" or "ckb";

    /// <summary>
    /// A locale as the kit writes it: <c>EN</c> → <c>en</c>, <c>en_gb</c> and <c>EN-gb</c> → <c>en-GB</c>,
    /// <c>zh-hant-tw</c> → <c>zh-Hant-TW</c>. Null when <paramref name="value"/> is not a language tag at all.
    /// </summary>
    /// <param name="value">What was sent.</param>
    /// <returns>The normalised tag, or null.</returns>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 35)
        {
            return null;
        }

        var parts = value.Trim().Replace('_', '-').Split('-');
        var language = parts[0];
        if (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetter))
        {
            return null;
        }

        var tag = new List<string>(parts.Length) { language.ToLowerInvariant() };
        foreach (var part in parts.Skip(1))
        {
            if (part.Length is < 1 or > 8 || !part.All(char.IsAsciiLetterOrDigit))
            {
                return null;
            }

            tag.Add(part.Length switch
            {
                2 when part.All(char.IsAsciiLetter) => part.ToUpperInvariant(),
                4 when part.All(char.IsAsciiLetter) => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant(),
                _ => part.ToLowerInvariant(),
            });
        }

        return string.Join('-', tag);
    }

    /// <summary>
    /// A country as an ISO 3166-1 alpha-2 code: <c>gb</c> → <c>GB</c>, <c>GBR</c> → <c>GB</c>, <c>UK</c> → <c>GB</c>.
    /// Null when <paramref name="value"/> names no known country.
    /// </summary>
    /// <param name="value">What was sent.</param>
    /// <returns>The alpha-2 code, or null.</returns>
    public static string? NormalizeCountry(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var code = value.Trim().ToUpperInvariant();
        if (!code.All(char.IsAsciiLetterUpper))
        {
            return null;
        }

        return code.Length switch
        {
            2 when code == "UK" => "GB",
            2 => code,
            3 => ThreeLetterCountries.Value.GetValueOrDefault(code),
            _ => null,
        };
    }

    private static Dictionary<string, string> BuildThreeLetterCountries()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                var region = new RegionInfo(culture.Name);
                if (region.ThreeLetterISORegionName.Length == 3 && region.TwoLetterISORegionName.Length == 2)
                {
                    map.TryAdd(region.ThreeLetterISORegionName.ToUpperInvariant(), region.TwoLetterISORegionName.ToUpperInvariant());
                }
            }
            catch (ArgumentException)
            {
                // A culture without a region: nothing to map.
            }
        }

        return map;
    }
}
