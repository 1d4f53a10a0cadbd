namespace WellbeingKit.Content;

/// <summary>One locale of a pack.</summary>
public sealed record PackLocale
{
    /// <summary>BCP 47 language tag (for example <c>en</c>, <c>es</c>, <c>ar</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The language's own name (for example <c>Español</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Text direction: <c>ltr</c> or <c>rtl</c> (Arabic, Hebrew, Persian, Urdu).</summary>
    public string Direction { get; init; } = "ltr";

    /// <summary>True when the pack claims every string is translated in this locale; tooling fails on gaps.</summary>
    public bool Complete { get; init; }

    /// <summary>
    /// For a partial locale, the locale (the pack's default locale) whose text is shown, string by string, where this one
    /// has none; null when every string must be translated. The safety flows' texts never fall back.
    /// </summary>
    public string? Fallback { get; init; }

    /// <summary>
    /// The locale whose crisis lexicon screens this one when the pack has no <c>lexicons/&lt;code&gt;.yaml</c> for it
    /// (for example <c>ru</c> for a Russian-speaking audience of a <c>uk</c> locale). The validator warns that the
    /// locale has no crisis phrases of its own.
    /// </summary>
    public string? Lexicon { get; init; }
}
