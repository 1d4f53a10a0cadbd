namespace WellbeingKit.Content;

/// <summary>What an exercise needs.</summary>
public sealed record ExerciseRequirements
{
    /// <summary>True when it asks the person to close their eyes.</summary>
    public bool EyesClosed { get; init; }

    /// <summary>True when it needs privacy (speaking aloud, lying down, being seen doing it).</summary>
    public bool Privacy { get; init; }

    /// <summary>True when it needs writing (paper or typing).</summary>
    public bool Writing { get; init; }

    /// <summary>True when it needs moving the body.</summary>
    public bool Movement { get; init; }

    /// <summary>True when it needs listening to audio.</summary>
    public bool Audio { get; init; }
}
