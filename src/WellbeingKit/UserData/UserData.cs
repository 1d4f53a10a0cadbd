namespace WellbeingKit.UserData;

/// <summary>A mood check-in.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Mood">The mood on a 1 (very low) to 5 (very good) scale.</param>
/// <param name="Note">Free text the user wrote, if any.</param>
/// <param name="Emotion">The detected emotion (Ekman group or label), if any.</param>
public sealed record MoodEntry(string UserId, DateTimeOffset At, int Mood, string? Note, string? Emotion);

/// <summary>A journal entry.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When it was written.</param>
/// <param name="Text">The entry.</param>
/// <param name="Emotion">The detected emotion, if any.</param>
public sealed record JournalEntry(string UserId, DateTimeOffset At, string Text, string? Emotion);

/// <summary>What happened when an exercise was offered.</summary>
public enum ExerciseOutcome
{
    /// <summary>Offered, not started.</summary>
    Offered,

    /// <summary>Started and finished.</summary>
    Completed,

    /// <summary>Started and left before the end.</summary>
    Abandoned,
}

/// <summary>Feedback on an exercise.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When.</param>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="Outcome">Completed, abandoned or only offered.</param>
/// <param name="Rating">"Did this help?" from 1 to 5, when the user answered.</param>
/// <param name="Context">Where the user was (class, workplace...), when known.</param>
public sealed record ExerciseFeedback(string UserId, DateTimeOffset At, string ExerciseId, ExerciseOutcome Outcome, int? Rating, string? Context);

/// <summary>A scored questionnaire.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When it was completed.</param>
/// <param name="QuestionnaireId">For example <c>phq9</c>.</param>
/// <param name="Score">The total score.</param>
/// <param name="Severity">The band's severity name.</param>
/// <param name="Answers">The answer values, in item order.</param>
public sealed record QuestionnaireResult(string UserId, DateTimeOffset At, string QuestionnaireId, int Score, string Severity, IReadOnlyList<int> Answers);

/// <summary>One questionnaire score, without the answers, for aggregate outcome reports.</summary>
/// <param name="UserId">The user (used only to pair a user's first and last score; reports never show it).</param>
/// <param name="At">When it was scored.</param>
/// <param name="QuestionnaireId">The questionnaire (for example phq9).</param>
/// <param name="Score">The total score.</param>
public sealed record QuestionnaireScore(string UserId, DateTimeOffset At, string QuestionnaireId, int Score);

/// <summary>Everything kept about one user, decrypted, for a data export.</summary>
public sealed record UserDataExport
{
    /// <summary>The user.</summary>
    public required string UserId { get; init; }

    /// <summary>When the export was made.</summary>
    public DateTimeOffset ExportedAt { get; init; }

    /// <summary>Mood entries.</summary>
    public IReadOnlyList<MoodEntry> Moods { get; init; } = [];

    /// <summary>Journal entries.</summary>
    public IReadOnlyList<JournalEntry> Journal { get; init; } = [];

    /// <summary>Exercise feedback.</summary>
    public IReadOnlyList<ExerciseFeedback> Feedback { get; init; } = [];

    /// <summary>Questionnaire results.</summary>
    public IReadOnlyList<QuestionnaireResult> Questionnaires { get; init; } = [];

    /// <summary>The conversation state, if any (including the recent transcript).</summary>
    public Conversations.ConversationState? Conversation { get; init; }

    /// <summary>The audit events about the user (escalations and hand-offs, never message text), oldest first: erasure deletes them too.</summary>
    public IReadOnlyList<Privacy.AuditEvent> Audit { get; init; } = [];
}

/// <summary>Stores what the kit records about a user: moods, journal, feedback, questionnaire results. Export and erase are per user.</summary>
public interface IUserDataStore
{
    /// <summary>Records a mood check-in.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the entry is stored.</returns>
    Task AddMoodAsync(MoodEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Records a journal entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the entry is stored.</returns>
    Task AddJournalAsync(JournalEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Records exercise feedback.</summary>
    /// <param name="feedback">The feedback.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the feedback is stored.</returns>
    Task AddFeedbackAsync(ExerciseFeedback feedback, CancellationToken cancellationToken = default);

    /// <summary>Records a questionnaire result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the result is stored.</returns>
    Task AddQuestionnaireResultAsync(QuestionnaireResult result, CancellationToken cancellationToken = default);

    /// <summary>The user's exercise feedback, oldest first.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The feedback.</returns>
    Task<IReadOnlyList<ExerciseFeedback>> GetFeedbackAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Every user's feedback on exercises since <paramref name="since"/>, for learning across users (no text is involved).</summary>
    /// <param name="since">The earliest time to include.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The feedback.</returns>
    Task<IReadOnlyList<ExerciseFeedback>> GetAllFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>The user's questionnaire results, oldest first.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The results.</returns>
    Task<IReadOnlyList<QuestionnaireResult>> GetQuestionnaireResultsAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Everything kept about the user, decrypted.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The export.</returns>
    Task<UserDataExport> ExportAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Erases everything kept about the user, including the conversation state.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the erasure.</param>
    /// <returns>A task that completes when nothing of the user remains.</returns>
    Task EraseAsync(string userId, CancellationToken cancellationToken = default);
}
