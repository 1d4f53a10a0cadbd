using WellbeingKit.Risk;

namespace WellbeingKit.Events;

/// <summary>The safety flow took over.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When.</param>
/// <param name="Level">The risk level of the turn.</param>
/// <param name="Categories">The risk categories of the turn.</param>
/// <param name="Reason">Why: <c>screening</c>, <c>trigger</c> or <c>questionnaire-risk-item</c>.</param>
/// <param name="DetectorFailed">True when the screening escalated because a detector failed.</param>
internal sealed record Escalated(string UserId, DateTimeOffset At, RiskLevel Level, IReadOnlyList<RiskCategory> Categories, string Reason, bool DetectorFailed)
    : TurnEvent(UserId, At);
