namespace WellbeingKit.Content.Yaml;

/// <summary>One problem found while reading a file, before the file's path is known to the caller.</summary>
internal readonly record struct ReadProblem(SourcePosition Position, string Message);
