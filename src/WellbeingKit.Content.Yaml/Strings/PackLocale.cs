namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>A locale listed in pack.yaml: whether it says it is complete, and the locale it falls back to when partial.</summary>
/// <param name="Code">The locale code.</param>
/// <param name="Complete">True when pack.yaml says the locale is complete.</param>
/// <param name="Fallback">The locale a partial locale falls back to, or null.</param>
public sealed record PackLocale(string Code, bool Complete, string? Fallback = null);
