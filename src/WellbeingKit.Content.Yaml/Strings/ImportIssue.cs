namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>One issue found while importing.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Key">The string's key.</param>
/// <param name="Message">A sentence saying what is wrong and what to do.</param>
public sealed record ImportIssue(ImportIssueKind Kind, string Key, string Message);
