using System.Collections.Concurrent;
using System.Globalization;
using WellbeingKit.Handoff;

namespace WellbeingKit.Samples.Education;

/// <summary>
/// The school counsellor's queue: the kit's hand-off lands here (in memory in this sample; a real school would use its
/// case system). When no counsellor is on duty the kit is told so honestly, and the reply shows helplines instead.
/// </summary>
internal sealed class CounsellorQueue(IConfiguration configuration, TimeProvider time) : IHandoffService
{
    private readonly ConcurrentDictionary<string, QueuedRequest> _requests = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>Minutes a counsellor takes per request waiting ahead, for the estimate shown to the student.</summary>
    public const int MinutesPerRequest = 15;

    public bool OnDuty => configuration.GetValue("Counsellors:OnDuty", true);

    public Task<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!OnDuty)
        {
            return Task.FromResult(new HandoffResult(HandoffStatus.Unavailable));
        }

        var waiting = _requests.Values.Count(r => r.Status == HandoffStatus.Queued);
        var ticket = "C-" + Interlocked.Increment(ref _next).ToString("0000", CultureInfo.InvariantCulture);
        _requests[ticket] = new QueuedRequest(ticket, request with { At = request.At == default ? time.GetUtcNow() : request.At }, HandoffStatus.Queued);
        return Task.FromResult(new HandoffResult(HandoffStatus.Queued, TimeSpan.FromMinutes(MinutesPerRequest * (waiting + 1)), ticket));
    }

    /// <summary>The queue, most urgent first, then oldest first.</summary>
    public IReadOnlyList<QueuedRequest> Snapshot() =>
        [.. _requests.Values.OrderByDescending(r => r.Status == HandoffStatus.Queued).ThenByDescending(r => r.Request.Level).ThenBy(r => r.Request.At)];

    /// <summary>A counsellor takes a request.</summary>
    public bool Accept(string ticket) =>
        _requests.TryGetValue(ticket, out var request) && _requests.TryUpdate(ticket, request with { Status = HandoffStatus.Accepted }, request);
}
