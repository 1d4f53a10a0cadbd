using System.Collections.Concurrent;
using System.Globalization;
using WellbeingKit.Handoff;

namespace WellbeingKit.Samples.HR;

/// <summary>A referral to the Employee Assistance Programme.</summary>
internal sealed record EapReferral(string Reference, string Employee, HandoffRequest Request);

/// <summary>
/// The hand-off of the HR sample: a person who needs a human is referred to the Employee Assistance Programme (a confidential,
/// external service), NEVER to their manager. Whatever the kit asks for (a counsellor, a peer), the request goes to the EAP;
/// nothing about it reaches the manager's dashboard.
/// </summary>
internal sealed class EapReferrals(TimeProvider time) : IHandoffService
{
    public const string Destination = "eap";

    private readonly ConcurrentDictionary<string, EapReferral> _referrals = new(StringComparer.Ordinal);
    private int _next;

    public Task<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reference = "EAP-" + Interlocked.Increment(ref _next).ToString("0000", CultureInfo.InvariantCulture);
        var referral = new EapReferral(reference, request.UserId, request with { To = Destination, At = request.At == default ? time.GetUtcNow() : request.At });
        _referrals[reference] = referral;
        return Task.FromResult(new HandoffResult(HandoffStatus.Queued, TimeSpan.FromMinutes(30), reference));
    }

    /// <summary>The referrals, for the EAP's own staff only.</summary>
    public IReadOnlyList<EapReferral> Snapshot() => [.. _referrals.Values.OrderBy(r => r.Request.At)];
}
