namespace WellbeingKit.ML;

/// <summary>Whether a message is in one of the languages a model may judge at full strength.</summary>
internal static class ModelLanguages
{
    /// <summary>
    /// True when <paramref name="locale"/>'s language is in <paramref name="languages"/>; with no locale, true unless the
    /// text is in Arabic script while the set is English only (the one case the text itself settles cheaply).
    /// </summary>
    /// <param name="languages">The languages the model covers.</param>
    /// <param name="locale">The message's locale, when known.</param>
    /// <param name="text">The message.</param>
    /// <returns>Whether the model covers the message.</returns>
    public static bool Covers(ISet<string> languages, string? locale, string text)
    {
        if (locale is { Length: > 0 })
        {
            return languages.Contains(Content.Locales.Language(locale));
        }

        return !(languages.Count == 1 && languages.Contains("en") && text.AsSpan().ContainsAnyInRange('\u0600', '\u06FF'));
    }
}
