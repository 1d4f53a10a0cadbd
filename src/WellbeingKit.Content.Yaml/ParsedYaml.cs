using System.Text.Json.Nodes;

namespace WellbeingKit.Content.Yaml;

/// <summary>A YAML file read into JSON, with the position of every value.</summary>
internal sealed record ParsedYaml(JsonNode? Root, SourcePositions Positions, IReadOnlyList<ReadProblem> Problems)
{
    /// <summary>True when the file could be read into a tree (possibly with duplicate-key problems).</summary>
    public bool HasTree { get; init; }
}
