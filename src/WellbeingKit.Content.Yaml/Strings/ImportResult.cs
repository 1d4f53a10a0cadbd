namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>What an import did.</summary>
/// <param name="Applied">Translations written into the pack.</param>
/// <param name="Unchanged">Rows whose translation the pack already had.</param>
/// <param name="Issues">Rows not applied (or noted), each with why.</param>
/// <param name="FilesWritten">The pack files changed, relative to the pack folder.</param>
public sealed record ImportResult(int Applied, int Unchanged, IReadOnlyList<ImportIssue> Issues, IReadOnlyList<string> FilesWritten);
