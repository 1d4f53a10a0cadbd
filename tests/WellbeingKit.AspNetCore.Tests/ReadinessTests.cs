using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WellbeingKit.AspNetCore.Internal;
using WellbeingKit.Conversations;

namespace WellbeingKit.AspNetCore.Tests;

public sealed class ReadinessTests
{
    [Fact]
    public async Task The_readiness_check_is_unhealthy_until_the_warm_up_turns_have_run()
    {
        var kit = new GatedKit();
        await using var services = Services(kit);
        var warmup = new KitWarmup(services, new FakeTimeProvider(), NullLogger<KitWarmup>.Instance);
        var check = new KitReadinessCheck(warmup);

        await warmup.StartAsync(CancellationToken.None);
        await kit.FirstTurn.Task;
        var before = await check.CheckHealthAsync(Context());
        kit.Gate.SetResult();
        await warmup.ExecuteTask!;
        var after = await check.CheckHealthAsync(Context());

        before.Status.Should().Be(HealthStatus.Unhealthy);
        before.Description.Should().StartWith("warming up");
        after.Status.Should().Be(HealthStatus.Healthy);
        kit.Users.Should().ContainSingle().Which.Should().StartWith(KitWarmup.UserPrefix);
    }

    [Fact]
    public async Task A_failing_warm_up_keeps_the_host_not_ready_and_says_why()
    {
        var kit = new GatedKit { Fail = true };
        await using var services = Services(kit);
        var warmup = new KitWarmup(services, new FakeTimeProvider(), NullLogger<KitWarmup>.Instance);
        var check = new KitReadinessCheck(warmup);

        await warmup.StartAsync(CancellationToken.None);
        await kit.FirstTurn.Task;
        while (!warmup.Status.Contains("failed", StringComparison.Ordinal))
        {
            await Task.Delay(10);
        }

        var result = await check.CheckHealthAsync(Context());
        await warmup.StopAsync(CancellationToken.None);

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Contain("the warm-up failed (InvalidOperationException: store down)");
    }

    private static ServiceProvider Services(GatedKit kit)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddWellbeingKit();
        services.Replace(ServiceDescriptor.Singleton<IWellbeingKit>(kit));
        return services.BuildServiceProvider();
    }

    private static HealthCheckContext Context() => new()
    {
        Registration = new HealthCheckRegistration("wellbeingkit", _ => null!, HealthStatus.Unhealthy, ["ready"]),
    };

    /// <summary>A kit whose first turn waits for the test (or fails).</summary>
    private sealed class GatedKit : IWellbeingKit
    {
        public TaskCompletionSource FirstTurn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HashSet<string> Users { get; } = [];

        public bool Fail { get; init; }

        public async Task<Reply> HandleAsync(UserMessage message, CancellationToken cancellationToken = default)
        {
            lock (Users)
            {
                Users.Add(message.UserId);
            }

            FirstTurn.TrySetResult();
            if (Fail)
            {
                throw new InvalidOperationException("store down");
            }

            await Gate.Task.WaitAsync(cancellationToken);
            return new Reply { Messages = [new ReplyMessage("ok")] };
        }
    }
}
