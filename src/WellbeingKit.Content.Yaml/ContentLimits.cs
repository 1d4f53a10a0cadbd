namespace WellbeingKit.Content.Yaml;

/// <summary>The limits that keep hostile or broken packs from exhausting memory, stack or time.</summary>
internal sealed record ContentLimits
{
    /// <summary>The limits the public API uses.</summary>
    public static ContentLimits Default { get; } = new();

    /// <summary>The largest file read, in bytes (checked before reading).</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>The most YAML files a pack may hold.</summary>
    public int MaxFiles { get; init; } = 2000;

    /// <summary>The deepest nesting of mappings and sequences.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most values (keys, scalars, mappings, sequences) a file may expand to, counting every alias expansion.</summary>
    public int MaxNodes { get; init; } = 200_000;
}
