namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>A locale listed in pack.yaml.</summary>
internal sealed record PackLocale(string Code, bool Complete);
