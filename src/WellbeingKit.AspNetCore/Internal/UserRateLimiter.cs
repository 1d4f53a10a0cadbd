using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// A sliding window per resolved user id (<see cref="WellbeingKitEndpointOptions.RateLimitPermits"/> requests per
/// <see cref="WellbeingKitEndpointOptions.RateLimitWindow"/>, in six segments). It runs in an endpoint filter, so a host
/// that forgets <c>app.UseRateLimiter()</c> is still protected, and the 429 can carry the safety line.
/// </summary>
/// <remarks>
/// Not <c>PartitionedRateLimiter</c>: its timer visits every user's limiter ten times a second, and a user's limiter
/// lives until a whole window has passed, so with 10,000 users in a minute it cost ~4 % of the host's CPU at 300 turns/s
/// (issue 22). Here the window is brought up to date when its user makes a request, and users whose window has passed
/// are forgotten once per segment.
/// </remarks>
internal sealed class UserRateLimiter : IDisposable
{
    private const int Segments = 6;

    private readonly ConcurrentDictionary<string, UserWindow> _users = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly int _permits;
    private readonly long _segmentTicks;
    private long _nextSweep;

    public UserRateLimiter(IOptions<WellbeingKitEndpointOptions> options, TimeProvider time)
    {
        var o = options.Value;
        Enabled = o.RateLimitEnabled;
        Window = o.RateLimitWindow;
        _time = time;
        _permits = o.RateLimitPermits;
        _segmentTicks = Math.Max(1, (long)(o.RateLimitWindow.TotalSeconds * time.TimestampFrequency / Segments));
    }

    public bool Enabled { get; }

    public TimeSpan Window { get; }

    /// <summary>How many users the limiter holds now (users whose window has passed are dropped once per segment).</summary>
    internal int TrackedUsers => _users.Count;

    /// <summary>Takes one permit for the user; returns false (and when to retry) when the user is over the limit.</summary>
    public bool TryAcquire(string userId, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!Enabled)
        {
            return true;
        }

        var now = _time.GetTimestamp();
        var segment = now / _segmentTicks;
        SweepIfDue(segment);
        while (true)
        {
            var window = _users.GetOrAdd(userId, static _ => new UserWindow());
            lock (window)
            {
                if (window.Removed)
                {
                    continue; // the sweep dropped it between the look-up and the lock: take the new one
                }

                if (window.TryTake(segment, _permits, out var freedAt))
                {
                    return true;
                }

                // The oldest used segment leaves the window at the start of segment freedAt; then a permit is back.
                var ticks = (freedAt * _segmentTicks) - now;
                retryAfter = TimeSpan.FromSeconds(Math.Max(1, ticks) / (double)_time.TimestampFrequency);
                return false;
            }
        }
    }

    public void Dispose() => _users.Clear();

    /// <summary>Once per segment, forgets the users with no request in the whole window (they have all their permits back).</summary>
    private void SweepIfDue(long segment)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (segment < due || Interlocked.CompareExchange(ref _nextSweep, segment + 1, due) != due)
        {
            return;
        }

        foreach (var (userId, window) in _users)
        {
            lock (window)
            {
                if (window.LastSegment <= segment - Segments)
                {
                    window.Removed = true;
                    _users.TryRemove(new KeyValuePair<string, UserWindow>(userId, window));
                }
            }
        }
    }

    /// <summary>One user's counts per segment: a ring of <see cref="Segments"/> slots, guarded by locking the instance.</summary>
    private sealed class UserWindow
    {
        private readonly long[] _segment = new long[Segments];
        private readonly int[] _count = new int[Segments];

        public long LastSegment { get; private set; } = long.MinValue;

        public bool Removed { get; set; }

        public bool TryTake(long segment, int permits, out long freedAt)
        {
            var used = 0;
            var oldest = long.MaxValue;
            for (var i = 0; i < Segments; i++)
            {
                if (_count[i] > 0 && _segment[i] > segment - Segments && _segment[i] <= segment)
                {
                    used += _count[i];
                    oldest = Math.Min(oldest, _segment[i]);
                }
            }

            if (used >= permits)
            {
                freedAt = oldest + Segments;
                return false;
            }

            var slot = (int)(segment % Segments);
            if (_segment[slot] != segment)
            {
                _segment[slot] = segment;
                _count[slot] = 0;
            }

            _count[slot]++;
            LastSegment = segment;
            freedAt = 0;
            return true;
        }
    }
}
