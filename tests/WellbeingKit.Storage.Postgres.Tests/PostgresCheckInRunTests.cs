using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using WellbeingKit.Care;
using WellbeingKit.Content;
using WellbeingKit.Risk;

namespace WellbeingKit.Storage.Postgres.Tests;

/// <summary>
/// Thirty days of check-ins sent by two hosts (two service providers, two connection pools, two schedulers polling at the
/// same moments) on the one real PostgreSQL the tests start, on a fake clock (issue 19).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCheckInRunTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly PostgresSchema _schema = new(server);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly ConcurrentQueue<(OutboundMessage Message, string Host)> _sent = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _schema.DisposeAsync().AsTask();

    [Fact]
    public async Task Two_hosts_send_every_check_in_of_thirty_days_once_at_the_chosen_times_and_stop_when_asked()
    {
        await using var hostA = Host("host-a");
        await using var hostB = Host("host-b");
        await hostA.GetRequiredService<PostgresWellbeingStore>().InitializeAsync();
        await hostB.GetRequiredService<PostgresWellbeingStore>().InitializeAsync();
        var care = hostA.GetRequiredService<CareService>();
        foreach (var (user, zone, time) in new[] { ("madrid", "Europe/Madrid", new TimeOnly(9, 0)), ("tokyo", "Asia/Tokyo", new TimeOnly(20, 30)), ("lima", "America/Lima", new TimeOnly(18, 0)), ("stopper", "Europe/London", new TimeOnly(12, 0)) })
        {
            (await care.SetPreferencesAsync(user, new CheckInPreferences { Status = CheckInStatus.Active, TimeZone = zone, PreferredTime = time })).Should().BeEmpty();
        }

        var schedulers = new[] { hostA.GetRequiredService<CheckInScheduler>(), hostB.GetRequiredService<CheckInScheduler>() };
        for (var step = 1; step <= 30 * 24 * 6; step++)
        {
            _time.Advance(TimeSpan.FromMinutes(10));
            await Task.WhenAll(schedulers.Select(s => Task.Run(() => s.RunOnceAsync())));
            if (step == (10 * 24 * 6) + 60)
            {
                // Day 11, 10:00 UTC: the user types it on the other host.
                var reply = await hostB.GetRequiredService<IWellbeingKit>().HandleAsync("stopper", "stop check-ins");
                reply.Messages[0].Text.Should().StartWith("Okay, I've stopped the check-ins");
            }
        }

        var sent = _sent.ToList();
        sent.Select(s => s.Message.DedupeKey).Should().OnlyHaveUniqueItems("every check-in is claimed and sent once across the two hosts");
        Local(sent, "madrid", "Europe/Madrid").Should().HaveCount(30).And.OnlyContain(t => t.TimeOfDay == new TimeSpan(9, 0, 0));
        Local(sent, "tokyo", "Asia/Tokyo").Should().HaveCount(30).And.OnlyContain(t => t.TimeOfDay == new TimeSpan(20, 30, 0));
        Local(sent, "lima", "America/Lima").Should().HaveCount(30).And.OnlyContain(t => t.TimeOfDay == new TimeSpan(18, 0, 0));
        Local(sent, "stopper", "Europe/London").Should().HaveCount(10);
        sent.Should().OnlyContain(s => s.Message.DueAt <= Start.AddDays(30));
    }

    private ServiceProvider Host(string name)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<IOutboundChannel>(new Channel(_sent, name));
        services.AddSingleton<IContentSource>(new EmptyPack());
        services.AddWellbeingKit()
            .UsePostgresStorage(o =>
            {
                o.ConnectionString = server.ConnectionString;
                o.Schema = _schema.Name;
                o.KeyFile = _schema.Keys.File("pg.keys");
            })
            .AddCheckIns<Channel>(o => o.HostId = name);
        services.RemoveAll<IRiskDetector>(); // the empty pack has no lexicon, so the lexicon detector would escalate every message
        services.AddSingleton<IRiskDetector>(new Calm());
        return services.BuildServiceProvider();
    }

    private static List<DateTimeOffset> Local(List<(OutboundMessage Message, string Host)> sent, string user, string zone) =>
        [.. sent.Where(s => s.Message.UserId == user).Select(s => TimeZoneInfo.ConvertTime(s.Message.DueAt, TimeZoneInfo.FindSystemTimeZoneById(zone)))];

    /// <summary>A pack with no content: the kit's built-in texts (the care texts included) are enough here.</summary>
    private sealed class EmptyPack : IContentSource
    {
        public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new ContentPack { Manifest = new PackManifest { Id = "empty", Version = "1.0.0", DefaultLocale = "en" } });
    }

    private sealed class Calm : IRiskDetector
    {
        public string Name => "calm";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) => ValueTask.FromResult(RiskAssessment.None);
    }

    private sealed class Channel(ConcurrentQueue<(OutboundMessage Message, string Host)> sent, string host) : IOutboundChannel
    {
        public Task SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
        {
            sent.Enqueue((message, host));
            return Task.CompletedTask;
        }
    }
}
