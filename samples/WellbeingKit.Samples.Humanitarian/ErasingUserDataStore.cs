using WellbeingKit.UserData;

namespace WellbeingKit.Samples.Humanitarian;

/// <summary>The kit's user data store, which also forgets the person's number when their data is erased.</summary>
internal sealed class ErasingUserDataStore(IUserDataStore inner, SmsCheckIns checkIns) : IUserDataStore
{
    public Task AddMoodAsync(MoodEntry entry, CancellationToken cancellationToken = default) => inner.AddMoodAsync(entry, cancellationToken);

    public Task AddJournalAsync(JournalEntry entry, CancellationToken cancellationToken = default) => inner.AddJournalAsync(entry, cancellationToken);

    public Task AddFeedbackAsync(ExerciseFeedback feedback, CancellationToken cancellationToken = default) => inner.AddFeedbackAsync(feedback, cancellationToken);

    public Task AddQuestionnaireResultAsync(QuestionnaireResult result, CancellationToken cancellationToken = default) => inner.AddQuestionnaireResultAsync(result, cancellationToken);

    public Task<IReadOnlyList<ExerciseFeedback>> GetFeedbackAsync(string userId, CancellationToken cancellationToken = default) => inner.GetFeedbackAsync(userId, cancellationToken);

    public Task<IReadOnlyList<ExerciseFeedback>> GetAllFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => inner.GetAllFeedbackAsync(since, cancellationToken);

    public Task<IReadOnlyList<QuestionnaireResult>> GetQuestionnaireResultsAsync(string userId, CancellationToken cancellationToken = default) => inner.GetQuestionnaireResultsAsync(userId, cancellationToken);

    public Task<UserDataExport> ExportAsync(string userId, CancellationToken cancellationToken = default) => inner.ExportAsync(userId, cancellationToken);

    public async Task EraseAsync(string userId, CancellationToken cancellationToken = default)
    {
        checkIns.Erase(userId);
        await inner.EraseAsync(userId, cancellationToken);
    }
}
