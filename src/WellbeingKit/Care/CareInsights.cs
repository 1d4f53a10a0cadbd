namespace WellbeingKit.Care;

/// <summary>
/// Progress a person can see in their own chat: mood over the last weeks, questionnaire scores with their bands, the
/// exercises they did and how helpful they found them, and their journal's themes as emotion labels (never text).
/// </summary>
public sealed record CareInsights
{
    /// <summary>The user.</summary>
    public required string UserId { get; init; }

    /// <summary>When the insights were computed.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The locale of the labels.</summary>
    public string Locale { get; init; } = "en";

    /// <summary>The text direction of <see cref="Locale"/> (<c>ltr</c> or <c>rtl</c>), for charts.</summary>
    public string Direction { get; init; } = "ltr";

    /// <summary>Mood week by week, oldest first (weeks without a check-in have a null average).</summary>
    public IReadOnlyList<MoodWeek> Mood { get; init; } = [];

    /// <summary>Questionnaire scores, oldest first.</summary>
    public IReadOnlyList<QuestionnairePoint> Questionnaires { get; init; } = [];

    /// <summary>Exercises, most completed first.</summary>
    public IReadOnlyList<ExerciseInsight> Exercises { get; init; } = [];

    /// <summary>Journal themes, most frequent first.</summary>
    public IReadOnlyList<JournalTheme> JournalThemes { get; init; } = [];

    /// <summary>True when there is nothing to show yet.</summary>
    public bool IsEmpty => Mood.All(w => w.Entries == 0) && Questionnaires.Count == 0 && Exercises.Count == 0 && JournalThemes.Count == 0;
}
