namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>One row of a filled translation file: the key, the source text it was translated from, and the translation.</summary>
internal sealed record TranslatedString(string Key, string Source, string Target);
