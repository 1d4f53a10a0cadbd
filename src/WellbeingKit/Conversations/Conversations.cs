using WellbeingKit.Content;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;
using WellbeingKit.Safety;

namespace WellbeingKit.Conversations;

/// <summary>A message from a user, with what the host knows about them.</summary>
public sealed record UserMessage
{
    /// <summary>Creates a message.</summary>
    /// <param name="userId">The user's id, as the host knows it (never shown to anyone else).</param>
    /// <param name="text">What the user wrote, or the value of the quick reply they chose.</param>
    public UserMessage(string userId, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(text);
        UserId = userId;
        Text = text;
    }

    /// <summary>The user's id.</summary>
    public string UserId { get; }

    /// <summary>What the user wrote.</summary>
    public string Text { get; }

    /// <summary>
    /// The user's locale (for example <c>es</c>); null keeps the conversation's locale or the default. Written loosely
    /// (<c>EN</c>, <c>en_gb</c>) it is normalised; a value that is no locale at all is ignored with a warning in the reply.
    /// </summary>
    public string? Locale { get; init; }

    /// <summary>
    /// The user's country (ISO 3166-1 alpha-2) for helplines; null keeps the conversation's country or the default.
    /// <c>gb</c>, <c>GBR</c> and <c>UK</c> are read as <c>GB</c>; an unknown value is ignored with a warning in the reply.
    /// </summary>
    public string? Country { get; init; }

    /// <summary>Where the user is (class, workplace, shelter, commuting, home), for exercise selection.</summary>
    public string? Context { get; init; }

    /// <summary>
    /// The host's id for this message, when it has one. A message id seen before is not handled twice: the kit answers
    /// with the reply it gave the first time (helplines included), without advancing the conversation, so a retried HTTP
    /// request cannot duplicate a turn.
    /// </summary>
    public string? MessageId { get; init; }

    /// <summary>The user's time zone (IANA id such as <c>Europe/Madrid</c>) for the <c>hour</c> variable; null keeps the last one, else UTC.</summary>
    public string? TimeZone { get; init; }
}

/// <summary>Who said a line of the transcript.</summary>
public enum Speaker
{
    /// <summary>The user.</summary>
    User,

    /// <summary>The kit.</summary>
    Kit,
}

/// <summary>One line of the recent transcript.</summary>
/// <param name="Speaker">Who said it.</param>
/// <param name="Text">What was said.</param>
/// <param name="At">When.</param>
public sealed record TranscriptLine(Speaker Speaker, string Text, DateTimeOffset At);

/// <summary>A flow suspended by another (for example by the safety flow), to resume later.</summary>
/// <param name="FlowId">The suspended flow.</param>
/// <param name="State">The state it was in.</param>
public sealed record SuspendedFlow(string FlowId, string State);

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

/// <summary>The reply given to a message with an id, kept so that a retry of the message gets it again.</summary>
/// <param name="MessageId">The message's id.</param>
/// <param name="Reply">The reply it got.</param>
public sealed record RecordedReply(string MessageId, Reply Reply);

/// <summary>A quick-reply button.</summary>
/// <param name="Label">The text on the button, in the user's locale.</param>
/// <param name="Value">The value sent back when chosen.</param>
public sealed record QuickReply(string Label, string Value);

/// <summary>What a reply message is.</summary>
public enum ReplyKind
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>A step of a guided exercise.</summary>
    ExerciseStep,

    /// <summary>A question.</summary>
    Question,

    /// <summary>A safety message (crisis support).</summary>
    Safety,

    /// <summary>
    /// A message whose only purpose is to list helplines as text (one line each). SMS and terminals print it; a web
    /// chat can show <see cref="Reply.Helplines"/> as one card instead.
    /// </summary>
    Helplines,
}

/// <summary>One message of a reply.</summary>
/// <param name="Text">The text, in the user's locale.</param>
/// <param name="Kind">What it is.</param>
public sealed record ReplyMessage(string Text, ReplyKind Kind = ReplyKind.Text);

/// <summary>The kit's reply to one user message.</summary>
public sealed record Reply
{
    /// <summary>The messages to show, in order.</summary>
    public IReadOnlyList<ReplyMessage> Messages { get; init; } = [];

    /// <summary>Quick-reply buttons, if the kit asked a question.</summary>
    public IReadOnlyList<QuickReply> QuickReplies { get; init; } = [];

    /// <summary>The screening result of the user's message.</summary>
    public RiskAssessment Risk { get; init; } = RiskAssessment.None;

    /// <summary>True when the safety flow is active.</summary>
    public bool Safety { get; init; }

    /// <summary>
    /// Helplines to show (a helpline card): whenever the safety flow shows them, and on every reply for
    /// <see cref="WellbeingKitOptions.HelpVisibleFor"/> after an escalation, so help stays one tap away.
    /// </summary>
    public IReadOnlyList<Helpline> Helplines { get; init; } = [];

    /// <summary>The hand-off status, when a hand-off was offered or requested.</summary>
    public HandoffResult? Handoff { get; init; }

    /// <summary>The user's safety plan, on a reply that shows it (the user asked for "my safety plan"); otherwise null.</summary>
    public SafetyPlanView? SafetyPlan { get; init; }

    /// <summary>The locale of the reply.</summary>
    public string Locale { get; init; } = "en";

    /// <summary>The text direction of the reply's locale: <c>ltr</c> or <c>rtl</c>.</summary>
    public string Direction { get; init; } = "ltr";

    /// <summary>The active flow after this turn, or null.</summary>
    public string? FlowId { get; init; }

    /// <summary>The active state after this turn, or null.</summary>
    public string? State { get; init; }

    /// <summary>
    /// Notes for the host (not conversation text) on what the kit changed or ignored to answer: a locale, country or context it
    /// could not read, a message over <see cref="WellbeingKitOptions.MaxMessageLength"/>, a reply given without saving.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>Thrown by a store when a conversation was changed by someone else since it was read.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConcurrencyConflictException()
        : base("The conversation was changed by another writer.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Stores conversation state per user with optimistic concurrency.</summary>
public interface IConversationStore
{
    /// <summary>Reads the user's conversation.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The state, or null when the user has none.</returns>
    Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="state"/> if the stored version still equals <paramref name="state"/>'s
    /// <see cref="ConversationState.Version"/> (0 for a new conversation).
    /// </summary>
    /// <param name="state">The state to store, carrying the version it was read at.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored state with its new version, or null when another writer changed it first (read again and retry).</returns>
    Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default);

    /// <summary>Deletes the user's conversation.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>A task that completes when it is gone.</returns>
    Task DeleteAsync(string userId, CancellationToken cancellationToken = default);
}

/// <summary>The kit's entry point: hand it a user's message, get back a safe, useful reply.</summary>
public interface IWellbeingKit
{
    /// <summary>Handles one user message: screens it, advances the conversation, stores the state and returns the reply.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>The reply.</returns>
    Task<Reply> HandleAsync(UserMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Shortcuts for <see cref="IWellbeingKit"/>.</summary>
public static class WellbeingKitExtensions
{
    /// <summary>Handles one user message.</summary>
    /// <param name="kit">The kit.</param>
    /// <param name="userId">The user's id.</param>
    /// <param name="text">What the user wrote.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>The reply.</returns>
    public static Task<Reply> HandleAsync(this IWellbeingKit kit, string userId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kit);
        return kit.HandleAsync(new UserMessage(userId, text), cancellationToken);
    }
}
