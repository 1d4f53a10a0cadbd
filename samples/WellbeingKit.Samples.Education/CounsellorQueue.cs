using System.Collections.Concurrent;
using System.Globalization;
using WellbeingKit.Handoff;

namespace WellbeingKit.Samples.Education;

/// <summary>
/// The school counsellor's queue: the kit's hand-off lands here (in memory in this sample; a real school would use its
/// case system). When no counsellor is on duty the kit is told so honestly, and the reply shows helplines instead.
/// </summary>
/// <remarks>
/// The kit stores a student by keyed pseudonym (<see cref="StudentKind"/>); the counsellor needs the student's real id. The
/// hand-off runs inside the student's own request, so the queue reads the signed-in id from it and checks that its pseudonym
/// is the one the kit handed off: the real id is kept in this in-memory queue only, never in the kit's database.
/// </remarks>
internal sealed class CounsellorQueue(IConfiguration configuration, TimeProvider time, KeyedPseudonyms pseudonyms, IHttpContextAccessor http) : IHandoffService
{
    /// <summary>The pseudonym kind of a student id.</summary>
    public const string StudentKind = "student";

    private readonly ConcurrentDictionary<string, QueuedRequest> _requests = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>Minutes a counsellor takes per request waiting ahead, for the estimate shown to the student.</summary>
    public const int MinutesPerRequest = 15;

    public bool OnDuty => configuration.GetValue("Counsellors:OnDuty", true);

    public ValueTask<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!OnDuty)
        {
            return ValueTask.FromResult(new HandoffResult(HandoffStatus.Unavailable));
        }

        var waiting = _requests.Values.Count(r => r.Status == HandoffStatus.Queued);
        var ticket = "C-" + Interlocked.Increment(ref _next).ToString("0000", CultureInfo.InvariantCulture);
        _requests[ticket] = new QueuedRequest(ticket, StudentOf(request.UserId), request with { At = request.At == default ? time.GetUtcNow() : request.At }, HandoffStatus.Queued);
        return ValueTask.FromResult(new HandoffResult(HandoffStatus.Queued, TimeSpan.FromMinutes(MinutesPerRequest * (waiting + 1)), ticket));
    }

    /// <summary>The signed-in student whose pseudonym <paramref name="userId"/> is, or the pseudonym itself.</summary>
    private string StudentOf(string userId) =>
        http.HttpContext is { } context && WellbeingKit.AspNetCore.WellbeingKitEndpointOptions.DefaultUserIdResolver(context) is { } real
        && string.Equals(pseudonyms.Of(StudentKind, real), userId, StringComparison.Ordinal)
            ? real
            : userId;

    /// <summary>The queue, most urgent first, then oldest first.</summary>
    public IReadOnlyList<QueuedRequest> Snapshot() =>
        [.. _requests.Values.OrderByDescending(r => r.Status == HandoffStatus.Queued).ThenByDescending(r => r.Request.Level).ThenBy(r => r.Request.At)];

    /// <summary>A counsellor takes a request.</summary>
    public bool Accept(string ticket) =>
        _requests.TryGetValue(ticket, out var request) && _requests.TryUpdate(ticket, request with { Status = HandoffStatus.Accepted }, request);
}
