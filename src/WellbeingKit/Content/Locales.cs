namespace WellbeingKit.Content;

/// <summary>Locale tags: one place for the language part of a BCP 47 tag, used by every fallback.</summary>
internal static class Locales
{
    /// <summary>The language part of <paramref name="locale"/> (<c>es-MX</c> → <c>es</c>); the tag itself when it has no region.</summary>
    public static string Language(string locale)
    {
        var dash = locale.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? locale[..dash] : locale;
    }
}
