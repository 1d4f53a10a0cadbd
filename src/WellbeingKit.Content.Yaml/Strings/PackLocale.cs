namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>A locale listed in pack.yaml: whether it says it is complete, and the locale it falls back to when partial.</summary>
internal sealed record PackLocale(string Code, bool Complete, string? Fallback = null);
