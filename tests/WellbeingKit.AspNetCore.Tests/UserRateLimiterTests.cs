using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WellbeingKit.AspNetCore.Internal;

namespace WellbeingKit.AspNetCore.Tests;

public sealed class UserRateLimiterTests
{
    private static UserRateLimiter Limiter(FakeTimeProvider time, int permits = 3) => new(
        Options.Create(new WellbeingKitEndpointOptions { RateLimitPermits = permits, RateLimitWindow = TimeSpan.FromMinutes(1) }),
        time);

    [Fact]
    public void A_user_over_the_limit_is_told_to_retry_when_the_oldest_segment_leaves_the_window()
    {
        var time = new FakeTimeProvider();
        using var limiter = Limiter(time);
        limiter.TryAcquire("alice", out _).Should().BeTrue();
        time.Advance(TimeSpan.FromSeconds(25));
        limiter.TryAcquire("alice", out _).Should().BeTrue();
        limiter.TryAcquire("alice", out _).Should().BeTrue();

        var allowed = limiter.TryAcquire("alice", out var retryAfter);

        allowed.Should().BeFalse();
        retryAfter.Should().BeGreaterThan(TimeSpan.FromSeconds(25)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(35));
    }

    [Fact]
    public void A_permit_comes_back_once_its_segment_has_left_the_window()
    {
        var time = new FakeTimeProvider();
        using var limiter = Limiter(time, permits: 1);
        limiter.TryAcquire("alice", out _).Should().BeTrue();
        limiter.TryAcquire("alice", out var retryAfter).Should().BeFalse();

        time.Advance(retryAfter);

        limiter.TryAcquire("alice", out _).Should().BeTrue();
    }

    [Fact]
    public void Users_without_a_request_in_a_whole_window_are_forgotten()
    {
        var time = new FakeTimeProvider();
        using var limiter = Limiter(time);
        for (var i = 0; i < 100; i++)
        {
            limiter.TryAcquire($"user-{i}", out _).Should().BeTrue();
        }

        time.Advance(TimeSpan.FromMinutes(1.5));
        limiter.TryAcquire("bob", out _).Should().BeTrue();

        limiter.TrackedUsers.Should().Be(1);
    }

    [Fact]
    public void Concurrent_requests_of_one_user_never_get_more_permits_than_the_limit()
    {
        var time = new FakeTimeProvider();
        using var limiter = Limiter(time, permits: 50);
        var granted = 0;

        Parallel.For(0, 400, request =>
        {
            if (limiter.TryAcquire("alice", out _))
            {
                Interlocked.Increment(ref granted);
            }
        });

        granted.Should().Be(50);
    }
}
