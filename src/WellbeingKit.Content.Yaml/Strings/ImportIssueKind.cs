namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>Why a translated string was not applied (or noted).</summary>
public enum ImportIssueKind
{
    /// <summary>The source text changed since the file was exported.</summary>
    Conflict,

    /// <summary>The translation is empty.</summary>
    Untranslated,

    /// <summary>A placeholder of the source is missing from the translation.</summary>
    PlaceholderMismatch,

    /// <summary>The string is a validated translation and the change needs an explicit flag.</summary>
    ValidatedRefused,

    /// <summary>The key does not exist in the pack.</summary>
    UnknownKey,
}
