using WellbeingKit.Content;

namespace WellbeingKit.Exercises;

/// <summary>One ranked exercise with the reasons it was chosen.</summary>
public sealed record ExerciseChoice
{
    /// <summary>The exercise.</summary>
    public required Exercise Exercise { get; init; }

    /// <summary>The ranking score (higher is better).</summary>
    public double Score { get; init; }

    /// <summary>Reasons for the user, as message keys or plain text in the user's locale ("short and works with eyes open").</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Reasons for the host's logs (which rules and scores decided), never shown to the user.</summary>
    public IReadOnlyList<string> LogReasons { get; init; } = [];
}
