using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// A sliding-window limiter partitioned by the resolved user id. It runs in an endpoint filter, so a host that
/// forgets <c>app.UseRateLimiter()</c> is still protected, and the 429 can carry the safety line.
/// </summary>
internal sealed class UserRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public UserRateLimiter(IOptions<WellbeingKitEndpointOptions> options)
    {
        var o = options.Value;
        Enabled = o.RateLimitEnabled;
        Window = o.RateLimitWindow;
        _limiter = PartitionedRateLimiter.Create<string, string>(userId => RateLimitPartition.GetSlidingWindowLimiter(
            userId,
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = o.RateLimitPermits,
                Window = o.RateLimitWindow,
                SegmentsPerWindow = 6,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public bool Enabled { get; }

    public TimeSpan Window { get; }

    /// <summary>Takes one permit for the user; returns false (and when to retry) when the user is over the limit.</summary>
    public bool TryAcquire(string userId, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!Enabled)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire(userId);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window / 6;
        return false;
    }

    public void Dispose() => _limiter.Dispose();
}
