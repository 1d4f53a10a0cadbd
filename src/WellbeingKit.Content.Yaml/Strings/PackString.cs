namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>
/// One user-facing string of a content pack, as a translator sees it: a stable key, the source text (default
/// locale), notes on where it is used, and the current translation for the requested locale (null when missing).
/// </summary>
internal sealed record PackString(
    string Key,
    string Source,
    string? Target,
    string File,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Placeholders,
    bool Validated,
    int? MaxLength);
