using WellbeingKit.Risk;

namespace WellbeingKit.Events;

/// <summary>The turn was answered: the last event of every turn (no text, only closed values).</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When.</param>
/// <param name="Level">The risk level of the turn.</param>
/// <param name="Safety">True when the safety flow ran or is running.</param>
/// <param name="FlowId">The active flow after the turn.</param>
/// <param name="State">The active state after the turn.</param>
/// <param name="Locale">The locale of the reply.</param>
/// <param name="Messages">How many messages the reply holds.</param>
internal sealed record TurnCompleted(string UserId, DateTimeOffset At, RiskLevel Level, bool Safety, string? FlowId, string? State, string Locale, int Messages)
    : TurnEvent(UserId, At);
