namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>One row of a filled translation file: the key, the source text it was translated from, and the translation.</summary>
/// <param name="Key">The string's key (as exported).</param>
/// <param name="Source">The source text the translator saw.</param>
/// <param name="Target">The translation (empty when not translated).</param>
public sealed record TranslatedString(string Key, string Source, string Target);
