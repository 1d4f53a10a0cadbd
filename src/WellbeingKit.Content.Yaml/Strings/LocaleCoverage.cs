namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>
/// The translation state of one locale: strings translated, copied unchanged from the source locale, left to fall back
/// (a partial locale) and missing (a locale that must translate everything).
/// </summary>
/// <param name="Locale">The locale.</param>
/// <param name="Translated">Strings with a translation that differs from the source.</param>
/// <param name="Copied">Strings whose "translation" is the source text copied unchanged.</param>
/// <param name="FallsBack">Strings a partial locale leaves to its fallback locale.</param>
/// <param name="Missing">Strings a complete locale lacks.</param>
public sealed record LocaleCoverage(string Locale, int Translated, int Copied, int FallsBack, int Missing)
{
    /// <summary>Every string of the pack.</summary>
    public int Total => Translated + Copied + FallsBack + Missing;

    /// <summary>The share really translated, from 0 to 100 (copies and fallbacks do not count).</summary>
    public double Percent => Total == 0 ? 100.0 : 100.0 * Translated / Total;
}
