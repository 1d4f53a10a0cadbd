using Microsoft.Extensions.Options;
using WellbeingKit.Handoff;
using WellbeingKit.Privacy;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// The hand-off service as the steps see it: bounded by <see cref="WellbeingKitOptions.HandoffTimeout"/>. A hang, a
/// time-out or a cancellation of its own surfaces as a <see cref="TimeoutException"/>, which the hand-off step answers
/// honestly ("no person is available now", with the helplines).
/// </summary>
internal sealed class GuardedHandoff(IHandoffService inner, IOptions<WellbeingKitOptions> options, TimeProvider time) : IHandoffService
{
    public Task<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default) =>
        Deadline.RunAsync("The hand-off service", options.Value.HandoffTimeout, time, token => inner.RequestAsync(request, token), cancellationToken);
}

/// <summary>The audit log as the steps see it: each call bounded by <see cref="WellbeingKitOptions.StoreTimeout"/>.</summary>
internal sealed class GuardedAudit(IAuditLog inner, IOptions<WellbeingKitOptions> options, TimeProvider time) : IAuditLog
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) =>
        Deadline.RunAsync("The audit log", options.Value.StoreTimeout, time, token => inner.RecordAsync(auditEvent, token), cancellationToken);

    public Task<IReadOnlyList<AuditEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Deadline.RunAsync("The audit log", options.Value.StoreTimeout, time, token => inner.ReadAsync(from, to, token), cancellationToken);
}
