using WellbeingKit.Risk;

namespace WellbeingKit.ML;

/// <summary>Which language a message is in, for choosing (or skipping) a model: the text decides, not the declared locale.</summary>
internal static class ModelLanguages
{
    /// <summary>
    /// The language of <paramref name="text"/> (<c>en</c>, <c>es</c>, <c>fr</c>, <c>ar</c>), identified from the text itself;
    /// when the text gives no clear sign, the declared <paramref name="locale"/>'s language, else <see cref="LanguageIdentifier.Unknown"/>.
    /// </summary>
    /// <param name="text">The message or sentence.</param>
    /// <param name="locale">The declared locale, used only when the text is not clear.</param>
    /// <returns>The language code, or <c>unknown</c>.</returns>
    public static string Of(ReadOnlySpan<char> text, string? locale)
    {
        var language = LanguageIdentifier.Identify(text);
        return language == LanguageIdentifier.Unknown && locale is { Length: > 0 } ? Content.Locales.Language(locale) : language;
    }

    /// <summary>True when the message's language (from the text; the locale only when the text is unclear) is in <paramref name="languages"/>.</summary>
    /// <param name="languages">The languages the model covers.</param>
    /// <param name="locale">The message's declared locale.</param>
    /// <param name="text">The message.</param>
    /// <returns>Whether the model covers the message.</returns>
    public static bool Covers(ISet<string> languages, string? locale, string text)
    {
        var language = Of(text, locale);
        return language == LanguageIdentifier.Unknown ? languages.Contains("en") : languages.Contains(language);
    }
}
