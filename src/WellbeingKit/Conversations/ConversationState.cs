using WellbeingKit.Risk;

namespace WellbeingKit.Conversations;

/// <summary>A user's conversation: where they are in which flow, their variables and recent transcript.</summary>
public sealed record ConversationState
{
    /// <summary>The user.</summary>
    public required string UserId { get; init; }

    /// <summary>The version stored (0 for a new conversation); each save increments it (optimistic concurrency).</summary>
    public long Version { get; init; }

    /// <summary>The user's locale.</summary>
    public string? Locale { get; init; }

    /// <summary>The user's country (ISO 3166-1 alpha-2).</summary>
    public string? Country { get; init; }

    /// <summary>The active flow, or null between flows.</summary>
    public string? FlowId { get; init; }

    /// <summary>The active state of <see cref="FlowId"/>.</summary>
    public string? State { get; init; }

    /// <summary>Flows suspended underneath the active one, innermost last.</summary>
    public IReadOnlyList<SuspendedFlow> Suspended { get; init; } = [];

    /// <summary>
    /// The flows that started the active one through a <c>type: flow</c> state, innermost last: where the conversation
    /// returns when the called flow ends.
    /// </summary>
    public IReadOnlyList<FlowCall> Calls { get; init; } = [];

    /// <summary>The conversation's variables (answers, scores, flags).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>The recent transcript, oldest first, bounded by the options.</summary>
    public IReadOnlyList<TranscriptLine> Transcript { get; init; } = [];

    /// <summary>The recent risk levels of the user's messages, oldest first.</summary>
    public IReadOnlyList<RiskLevel> RecentRisk { get; init; } = [];

    /// <summary>The content pack version the state was written with.</summary>
    public string? PackVersion { get; init; }

    /// <summary>When the conversation started.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the conversation last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The ids of the replies already produced for the user's messages (to make a retried turn idempotent).</summary>
    public IReadOnlyList<string> RecentTurnIds { get; init; } = [];

    /// <summary>
    /// The replies given to the most recent messages that carried a <see cref="UserMessage.MessageId"/>, oldest first, so a
    /// retried message gets the same reply again (its helplines included).
    /// </summary>
    public IReadOnlyList<RecordedReply> RecentReplies { get; init; } = [];
}
