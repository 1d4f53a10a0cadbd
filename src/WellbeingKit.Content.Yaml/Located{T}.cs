namespace WellbeingKit.Content.Yaml;

/// <summary>A value loaded from a file, with where it came from.</summary>
internal sealed record Located<T>(T Value, string Path, SourcePositions Positions);
