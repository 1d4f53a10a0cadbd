namespace WellbeingKit.Content;

/// <summary>An exercise the kit can offer (<c>exercises/*.yaml</c>).</summary>
public sealed record Exercise
{
    /// <summary>A stable identifier, lowercase with dashes (for example <c>box-breathing</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The kind: breathing, grounding, relaxation, cbt, behavioural-activation, journaling, problem-solving, self-compassion, sleep, values, visualisation, worry.</summary>
    public required string Kind { get; init; }

    /// <summary>The title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>One or two sentences saying what it is and why it helps.</summary>
    public required LocalizedText Summary { get; init; }

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<LocalizedText> Steps { get; init; } = [];

    /// <summary>How long it takes, in minutes.</summary>
    public double DurationMinutes { get; init; }

    /// <summary>Concerns it helps with (for example anxiety, stress, low-mood, sleep, worry, anger, rumination, loneliness, overwhelm, panic).</summary>
    public IReadOnlyList<string> Helps { get; init; } = [];

    /// <summary>Emotion labels (GoEmotions names or Ekman groups) it suits.</summary>
    public IReadOnlyList<string> Emotions { get; init; } = [];

    /// <summary>Contexts where it fits: class, workplace, shelter, commuting, home, bed.</summary>
    public IReadOnlyList<string> Contexts { get; init; } = [];

    /// <summary>What it needs from the person and the place.</summary>
    public ExerciseRequirements Requires { get; init; } = new();

    /// <summary>Conditions under which it must not be offered (for example <c>breath-holding</c> for some respiratory or panic conditions, <c>trauma-imagery</c>).</summary>
    public IReadOnlyList<string> Contraindications { get; init; } = [];

    /// <summary>The prior belief, from 0 to 1, that it helps; the cold start of learning from feedback.</summary>
    public double Prior { get; init; } = 0.5;

    /// <summary>Where the technique comes from (for example a WHO manual), for authors and reviewers.</summary>
    public string? Source { get; init; }
}
