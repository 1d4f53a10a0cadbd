namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>
/// One user-facing string of a content pack, as a translator sees it: a stable key, the source text (default
/// locale), notes on where it is used, and the current translation for the requested locale (null when missing).
/// </summary>
/// <param name="Key">The stable key (what translation files carry).</param>
/// <param name="Source">The text in the pack's default locale.</param>
/// <param name="Target">The text in the requested locale, or null when missing.</param>
/// <param name="File">The pack file that holds it, relative to the pack folder.</param>
/// <param name="Notes">Where and how the string is used, for the translator.</param>
/// <param name="Placeholders">The placeholders (<c>{name}</c>) the translation must keep.</param>
/// <param name="Validated">True for a validated instrument's wording (a questionnaire): changing it needs an explicit flag.</param>
/// <param name="MaxLength">The longest text that fits where it is shown (an SMS), or null.</param>
public sealed record PackString(
    string Key,
    string Source,
    string? Target,
    string File,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Placeholders,
    bool Validated,
    int? MaxLength);
