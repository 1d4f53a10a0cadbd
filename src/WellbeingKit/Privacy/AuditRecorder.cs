using Microsoft.Extensions.Options;
using WellbeingKit.Events;
using WellbeingKit.Handoff;
using WellbeingKit.Resilience;

namespace WellbeingKit.Privacy;

/// <summary>
/// Records escalations and hand-offs in <see cref="IAuditLog"/> (levels, categories, reasons and statuses, never text),
/// each call bounded by <see cref="WellbeingKitOptions.StoreTimeout"/>.
/// </summary>
internal sealed class AuditRecorder(IAuditLog audit, IOptions<WellbeingKitOptions> options, TimeProvider time) : ITurnEventListener
{
    /// <inheritdoc />
    public ValueTask<TurnEvent?> HandleAsync(TurnEvent turnEvent, CancellationToken cancellationToken)
    {
        var entry = turnEvent switch
        {
            Escalated e => new AuditEvent(e.UserId, e.At, AuditEventKind.Escalation, e.Level, e.Categories, e.DetectorFailed ? e.Reason + ";detector-failure" : e.Reason),
            HandoffRequested r => new AuditEvent(r.UserId, r.At, AuditEventKind.HandoffRequested, r.Request.Level, r.Request.Categories, r.Request.To),
            HandoffAnswered a => new AuditEvent(a.UserId, a.At, AuditEventKind.HandoffAnswered, a.Request.Level, a.Request.Categories, a.Result.Status.ToString()),
            _ => null,
        };
        return entry is null ? ValueTask.FromResult<TurnEvent?>(null) : RecordAsync(entry, cancellationToken);
    }

    private async ValueTask<TurnEvent?> RecordAsync(AuditEvent entry, CancellationToken cancellationToken)
    {
        await Deadline.RunAsync("The audit log", options.Value.StoreTimeout, time, token => audit.RecordAsync(entry, token), cancellationToken).ConfigureAwait(false);
        return null;
    }
}
