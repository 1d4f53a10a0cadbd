namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>What an import did.</summary>
internal sealed record ImportResult(int Applied, int Unchanged, IReadOnlyList<ImportIssue> Issues, IReadOnlyList<string> FilesWritten);
