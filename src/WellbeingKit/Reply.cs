using WellbeingKit.Content;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;
using WellbeingKit.Safety;

namespace WellbeingKit;

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
