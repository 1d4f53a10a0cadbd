using WellbeingKit.Conversations;
using WellbeingKit.Privacy;

namespace WellbeingKit.Storage;

/// <summary>Validates what a store is asked to keep, with errors naming the field.</summary>
internal static class StoreArguments
{
    public static void User(string userId, string parameter)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new ArgumentException("The user id is empty.", parameter);
        }
    }

    public static void Entry(string userId, string what)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new ArgumentException($"The {what} has no user id.", what);
        }
    }

    public static void State(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Entry(state.UserId, nameof(state));
        ArgumentOutOfRangeException.ThrowIfNegative(state.Version, nameof(state));
    }

    public static void Mood(UserData.MoodEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Entry(entry.UserId, nameof(entry));
        if (entry.Mood is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(entry), entry.Mood, "MoodEntry.Mood must be between 1 and 5.");
        }
    }

    public static void Journal(UserData.JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Entry(entry.UserId, nameof(entry));
        ArgumentNullException.ThrowIfNull(entry.Text, nameof(entry));
    }

    public static void Feedback(UserData.ExerciseFeedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        Entry(feedback.UserId, nameof(feedback));
        ArgumentException.ThrowIfNullOrWhiteSpace(feedback.ExerciseId, nameof(feedback));
        if (feedback.Rating is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(feedback), feedback.Rating, "ExerciseFeedback.Rating must be between 1 and 5 (or null).");
        }
    }

    public static void Questionnaire(UserData.QuestionnaireResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Entry(result.UserId, nameof(result));
        ArgumentException.ThrowIfNullOrWhiteSpace(result.QuestionnaireId, nameof(result));
        ArgumentNullException.ThrowIfNull(result.Answers, nameof(result));
    }

    public static void Care(WellbeingKit.Care.CareRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Entry(record.UserId, nameof(record));
        ArgumentOutOfRangeException.ThrowIfNegative(record.Version, nameof(record));
    }

    public static void Audit(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        Entry(auditEvent.UserId, nameof(auditEvent));
    }
}
