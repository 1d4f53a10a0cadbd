using WellbeingKit.Risk;

namespace WellbeingKit.Privacy;

/// <summary>An entry of the audit log: who, when, what level. Never any message text.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Level">The risk level.</param>
/// <param name="Categories">The risk categories.</param>
/// <param name="Detail">A short machine-readable detail (for example the hand-off status), never message text.</param>
public sealed record AuditEvent(string UserId, DateTimeOffset At, AuditEventKind Kind, RiskLevel Level, IReadOnlyList<RiskCategory> Categories, string? Detail = null);
