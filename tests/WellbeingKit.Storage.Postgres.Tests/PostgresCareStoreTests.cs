using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Care;
using WellbeingKit.Conversations;

namespace WellbeingKit.Storage.Postgres.Tests;

/// <summary>
/// Check-in claims across hosts on one PostgreSQL (issue 19, store side): each store instance has its own connection pool,
/// as two hosts would; the care record is encrypted at rest and erased with the user.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCareStoreTests(PostgresServer server) : IAsyncLifetime
{
    private const string Practice = "violet-umbrella-lighthouse";
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private readonly PostgresSchema _schema = new(server);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _schema.DisposeAsync().AsTask();

    [Fact]
    public async Task Two_hosts_claiming_at_once_claim_every_due_check_in_exactly_once()
    {
        await using var hostA = _schema.Open();
        await using var hostB = _schema.Open();
        for (var i = 0; i < 300; i++)
        {
            await ((ICareStore)(i % 2 == 0 ? hostA : hostB)).TrySaveAsync(Record($"u{i:000}", Now.AddSeconds(-i)), default);
        }

        var claimed = new ConcurrentBag<CheckInClaim>();
        async Task DrainAsync(ICareStore store, string owner)
        {
            while (await store.ClaimDueAsync(Now, owner, Lease, 5, default) is { Count: > 0 } claims)
            {
                foreach (var claim in claims)
                {
                    claimed.Add(claim);
                }
            }
        }

        // Four workers per host, eight at once, each taking five at a time until nothing is due.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(() => DrainAsync(w % 2 == 0 ? hostA : hostB, w % 2 == 0 ? "host-a" : "host-b"))));

        claimed.Select(c => c.UserId).Should().OnlyHaveUniqueItems().And.HaveCount(300);
    }

    [Fact]
    public async Task A_claim_of_a_host_that_died_goes_to_another_host_after_the_lease_with_the_same_dedupe_key()
    {
        await using var hostA = _schema.Open();
        await using var hostB = _schema.Open();
        await ((ICareStore)hostA).TrySaveAsync(Record("care-crash", Now.AddMinutes(-1)), default);
        var first = (await ((ICareStore)hostA).ClaimDueAsync(Now, "host-a", Lease, 10, default)).Single();

        // host-a dies mid-send: it neither saves nor releases. While its lease holds, nobody else takes the check-in.
        (await ((ICareStore)hostB).ClaimDueAsync(Now + Lease - TimeSpan.FromSeconds(1), "host-b", Lease, 10, default)).Should().BeEmpty();
        var retry = (await ((ICareStore)hostB).ClaimDueAsync(Now + Lease, "host-b", Lease, 10, default)).Single();

        retry.Owner.Should().Be("host-b");
        retry.DueAt.Should().Be(first.DueAt);
        retry.DedupeKey.Should().Be(first.DedupeKey, "the channel sees the same key for the repeated send");
    }

    [Fact]
    public async Task A_sent_check_in_saved_with_its_next_due_time_is_not_claimed_again()
    {
        await using var host = _schema.Open();
        ICareStore care = host;
        var saved = await care.TrySaveAsync(Record("care-sent", Now.AddMinutes(-1)), default);
        var claim = (await care.ClaimDueAsync(Now, "host-a", Lease, 10, default)).Single();

        var marked = saved!.WithSent(new SentCheckIn(claim.DueAt, Now, claim.DedupeKey)) with { NextDueAt = Now.AddDays(1) };
        (await care.TrySaveAsync(marked, default)).Should().NotBeNull();
        await care.ReleaseAsync(claim, default);

        (await care.ClaimDueAsync(Now.AddHours(1), "host-b", Lease, 10, default)).Should().BeEmpty();
        (await care.ClaimDueAsync(Now.AddDays(1), "host-b", Lease, 10, default)).Should().ContainSingle()
            .Which.DedupeKey.Should().NotBe(claim.DedupeKey, "the next check-in is another one");
        (await care.GetAsync("care-sent", default))!.Sent.Should().ContainSingle().Which.DedupeKey.Should().Be(claim.DedupeKey);
    }

    [Fact]
    public async Task The_care_record_is_in_no_byte_of_a_dump_of_every_table_and_is_erased_with_the_user()
    {
        await using var store = _schema.Open();
        ICareStore care = store;
        await care.TrySaveAsync(Record("care-secret", Now) with { Practice = new PracticeFollowUp(Practice, Now) }, default);
        await care.TrySaveAsync(Record("care-kept", Now), default);

        var dump = await _schema.DumpAsync();
        Bytes.Contain(dump, Encoding.UTF8.GetBytes("care-secret")).Should().BeTrue("the dump holds the care rows (user ids are not encrypted)");
        Bytes.Contain(dump, Encoding.UTF8.GetBytes(Practice)).Should().BeFalse();
        Bytes.Contain(dump, Encoding.UTF8.GetBytes("Pacific/Chatham")).Should().BeFalse();

        await store.EraseAsync("care-secret");

        (await care.GetAsync("care-secret", default)).Should().BeNull();
        (await care.GetAsync("care-kept", default)).Should().NotBeNull();
    }

    [Fact]
    public async Task Export_holds_the_care_record_decrypted()
    {
        await using var store = _schema.Open();
        await ((ICareStore)store).TrySaveAsync(Record("care-export", Now) with { Practice = new PracticeFollowUp(Practice, Now) }, default);

        var export = await store.ExportAsync("care-export");

        export.Care.Should().NotBeNull();
        export.Care!.Practice!.ExerciseId.Should().Be(Practice);
        export.Care.Preferences.TimeZone.Should().Be("Pacific/Chatham");
        export.Care.NextDueAt.Should().Be(Now);
        (await store.ExportAsync("someone-else")).Care.Should().BeNull();
    }

    [Fact]
    public void Use_postgres_storage_makes_the_store_the_care_store()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddWellbeingKit().UsePostgresStorage(o =>
        {
            o.ConnectionString = server.ConnectionString;
            o.Schema = _schema.Name;
            o.KeyFile = _schema.Keys.File("di.keys");
        });
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ICareStore>().Should().BeSameAs(provider.GetRequiredService<IConversationStore>());
    }

    private static CareRecord Record(string userId, DateTimeOffset? due) => new()
    {
        UserId = userId,
        NextDueAt = due,
        Preferences = new CheckInPreferences { Status = CheckInStatus.Active, TimeZone = "Pacific/Chatham", PreferredTime = new TimeOnly(9, 15) },
    };
}
