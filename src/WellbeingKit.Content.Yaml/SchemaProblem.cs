using Json.Schema;

namespace WellbeingKit.Content.Yaml;

/// <summary>A schema violation at a JSON pointer, in plain words.</summary>
internal readonly record struct SchemaProblem(string Pointer, bool AtKey, string Message);
