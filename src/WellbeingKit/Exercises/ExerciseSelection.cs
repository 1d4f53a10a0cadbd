using WellbeingKit.Content;
using WellbeingKit.Emotions;

namespace WellbeingKit.Exercises;

/// <summary>What the selector knows about this person, now.</summary>
public sealed record ExerciseSelectionRequest
{
    /// <summary>The user's id (as the host knows it).</summary>
    public required string UserId { get; init; }

    /// <summary>The user's locale.</summary>
    public required string Locale { get; init; }

    /// <summary>Concerns detected or stated (for example anxiety, stress, low-mood, sleep).</summary>
    public IReadOnlyList<string> Concerns { get; init; } = [];

    /// <summary>The emotions detected in the recent messages.</summary>
    public EmotionResult? Emotion { get; init; }

    /// <summary>Where the person is: class, workplace, shelter, commuting, home, bed; null when unknown.</summary>
    public string? Context { get; init; }

    /// <summary>How many minutes the person has; null when unknown.</summary>
    public double? MinutesAvailable { get; init; }

    /// <summary>Accessibility needs and limits: for example <c>eyes-open</c>, <c>no-writing</c>, <c>no-movement</c>, <c>no-audio</c>, <c>no-privacy</c>.</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    /// <summary>Contraindications that apply to this person (for example <c>breath-holding</c>, <c>trauma-imagery</c>).</summary>
    public IReadOnlyList<string> Contraindications { get; init; } = [];

    /// <summary>How many ranked choices to return.</summary>
    public int Count { get; init; } = 3;
}

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

/// <summary>The selector's answer: eligible exercises, best first, and why others were left out.</summary>
public sealed record ExerciseSelection
{
    /// <summary>The ranked choices, best first; empty when nothing is eligible.</summary>
    public IReadOnlyList<ExerciseChoice> Choices { get; init; } = [];

    /// <summary>Exercises left out and why (exercise id → reason), for the host's logs.</summary>
    public IReadOnlyDictionary<string, string> Excluded { get; init; } = new Dictionary<string, string>();
}

/// <summary>Picks the right exercise for this person now. Implement this to replace the default selector.</summary>
public interface IExerciseSelector
{
    /// <summary>Ranks the eligible exercises for <paramref name="request"/>.</summary>
    /// <param name="request">What is known about the person.</param>
    /// <param name="cancellationToken">Cancels the selection.</param>
    /// <returns>The ranked, explained choices.</returns>
    ValueTask<ExerciseSelection> SelectAsync(ExerciseSelectionRequest request, CancellationToken cancellationToken = default);
}
