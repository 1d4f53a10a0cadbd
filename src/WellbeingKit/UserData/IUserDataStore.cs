namespace WellbeingKit.UserData;

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
