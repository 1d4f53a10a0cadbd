namespace WellbeingKit.Content.Yaml;

/// <summary>A line and column in a file, both from 1.</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition Start { get; } = new(1, 1);
}
