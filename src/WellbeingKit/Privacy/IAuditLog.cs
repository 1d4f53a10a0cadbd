namespace WellbeingKit.Privacy;

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
