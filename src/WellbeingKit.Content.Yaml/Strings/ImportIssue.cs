namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>One issue found while importing.</summary>
internal sealed record ImportIssue(ImportIssueKind Kind, string Key, string Message);
