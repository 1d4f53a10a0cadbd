using Microsoft.Extensions.Options;
using WellbeingKit.Events;
using WellbeingKit.Resilience;

namespace WellbeingKit.UserData;

/// <summary>
/// Writes what the user chose to keep to <see cref="IUserDataStore"/>: moods, journal entries, exercise feedback and
/// questionnaire results, each call bounded by <see cref="WellbeingKitOptions.StoreTimeout"/>.
/// </summary>
internal sealed class UserDataRecorder(IUserDataStore store, IOptions<WellbeingKitOptions> options, TimeProvider time) : ITurnEventListener
{
    private const string What = "The user data store";

    /// <inheritdoc />
    public ValueTask<TurnEvent?> HandleAsync(TurnEvent turnEvent, CancellationToken cancellationToken)
    {
        Func<CancellationToken, Task>? write = turnEvent switch
        {
            MoodRecorded m => token => store.AddMoodAsync(new MoodEntry(m.UserId, m.At, m.Mood, m.Note, m.Emotion), token),
            JournalWritten j => token => store.AddJournalAsync(new JournalEntry(j.UserId, j.At, j.Text, j.Emotion), token),
            FeedbackGiven f => token => store.AddFeedbackAsync(
                new ExerciseFeedback(f.UserId, f.At, f.ExerciseId, f.Completed ? ExerciseOutcome.Completed : ExerciseOutcome.Abandoned, f.Rating, f.Context), token),
            QuestionnaireScored q => token => store.AddQuestionnaireResultAsync(
                new QuestionnaireResult(q.UserId, q.At, q.QuestionnaireId, q.Score, q.Severity, q.Answers), token),
            _ => null,
        };
        return write is null ? ValueTask.FromResult<TurnEvent?>(null) : WriteAsync(write, cancellationToken);
    }

    private async ValueTask<TurnEvent?> WriteAsync(Func<CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        await Deadline.RunAsync(What, options.Value.StoreTimeout, time, write, cancellationToken).ConfigureAwait(false);
        return null;
    }
}
