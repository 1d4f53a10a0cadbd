namespace WellbeingKit.Exercises;

/// <summary>The selector's answer: eligible exercises, best first, and why others were left out.</summary>
public sealed record ExerciseSelection
{
    /// <summary>The ranked choices, best first; empty when nothing is eligible.</summary>
    public IReadOnlyList<ExerciseChoice> Choices { get; init; } = [];

    /// <summary>Exercises left out and why (exercise id → reason), for the host's logs.</summary>
    public IReadOnlyDictionary<string, string> Excluded { get; init; } = new Dictionary<string, string>();
}
