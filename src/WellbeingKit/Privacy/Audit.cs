using WellbeingKit.Risk;

namespace WellbeingKit.Privacy;

/// <summary>What an audit event records.</summary>
public enum AuditEventKind
{
    /// <summary>A message was screened at or above the escalation threshold and the safety flow took over.</summary>
    Escalation,

    /// <summary>A hand-off to a human was requested.</summary>
    HandoffRequested,

    /// <summary>A hand-off request was answered (queued, accepted or unavailable).</summary>
    HandoffAnswered,
}

/// <summary>An entry of the audit log: who, when, what level. Never any message text.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Level">The risk level.</param>
/// <param name="Categories">The risk categories.</param>
/// <param name="Detail">A short machine-readable detail (for example the hand-off status), never message text.</param>
public sealed record AuditEvent(string UserId, DateTimeOffset At, AuditEventKind Kind, RiskLevel Level, IReadOnlyList<RiskCategory> Categories, string? Detail = null);

/// <summary>Records escalations and hand-offs for accountability. The storage packages keep it in the database.</summary>
public interface IAuditLog
{
    /// <summary>Records an event.</summary>
    /// <param name="auditEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when it is recorded.</returns>
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);

    /// <summary>Reads the events between two times, oldest first.</summary>
    /// <param name="from">The earliest time.</param>
    /// <param name="to">The latest time.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events.</returns>
    Task<IReadOnlyList<AuditEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
