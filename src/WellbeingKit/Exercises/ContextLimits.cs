namespace WellbeingKit.Exercises;

/// <summary>What a context allows. Each flag false forbids exercises that need it there.</summary>
public sealed record ContextLimits
{
    /// <summary>False when exercises with closed eyes are not offered here.</summary>
    public bool EyesClosed { get; init; } = true;

    /// <summary>False when exercises needing privacy are not offered here.</summary>
    public bool Privacy { get; init; } = true;

    /// <summary>False when exercises needing movement are not offered here.</summary>
    public bool Movement { get; init; } = true;

    /// <summary>False when exercises needing writing are not offered here.</summary>
    public bool Writing { get; init; } = true;

    /// <summary>False when exercises needing audio are not offered here.</summary>
    public bool Audio { get; init; } = true;
}
