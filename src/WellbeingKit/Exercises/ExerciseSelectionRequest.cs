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
