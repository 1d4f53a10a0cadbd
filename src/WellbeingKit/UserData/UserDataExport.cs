namespace WellbeingKit.UserData;

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

    /// <summary>Care between conversations: check-in preferences, consent to alerts, check-ins sent, changes noticed (null when none).</summary>
    public Care.CareDataExport? Care { get; init; }

    /// <summary>The user's safety plan, in their own words (null when they have none).</summary>
    public Safety.SafetyPlan? SafetyPlan { get; init; }
}
