using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Care;
using WellbeingKit.Conversations;

namespace WellbeingKit.Storage.Sqlite.Tests;

/// <summary>Care records on SQLite: claims across store instances, encryption at rest, erasure (issue 19, store side).</summary>
public sealed class SqliteCareStoreTests : IDisposable
{
    private const string Practice = "violet-umbrella-lighthouse";
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Two_stores_on_one_file_claiming_at_once_claim_every_due_check_in_exactly_once()
    {
        using var first = SqliteStores.Open(_dir);
        using var second = SqliteStores.Open(_dir);
        for (var i = 0; i < 120; i++)
        {
            await ((ICareStore)first).TrySaveAsync(Record($"u{i:000}", Now.AddSeconds(-i)), default);
        }

        var claimed = new ConcurrentBag<CheckInClaim>();
        async Task DrainAsync(ICareStore store, string owner)
        {
            while (await store.ClaimDueAsync(Now, owner, TimeSpan.FromMinutes(5), 7, default) is { Count: > 0 } claims)
            {
                foreach (var claim in claims)
                {
                    claimed.Add(claim);
                }
            }
        }

        await Task.WhenAll(
            Task.Run(() => DrainAsync(first, "host-a")),
            Task.Run(() => DrainAsync(first, "host-a")),
            Task.Run(() => DrainAsync(second, "host-b")),
            Task.Run(() => DrainAsync(second, "host-b")));

        claimed.Select(c => c.UserId).Should().OnlyHaveUniqueItems().And.HaveCount(120);
    }

    [Fact]
    public async Task The_care_record_is_in_no_byte_of_the_database_or_its_wal()
    {
        using var store = SqliteStores.Open(_dir);
        await ((ICareStore)store).TrySaveAsync(Record("care-secret", Now) with { Practice = new PracticeFollowUp(Practice, Now) }, default);

        foreach (var file in new[] { store.DatabasePath, store.DatabasePath + "-wal" })
        {
            var bytes = Bytes.ReadShared(file);
            Bytes.Contain(bytes, Encoding.UTF8.GetBytes(Practice)).Should().BeFalse($"{file} must hold the care record encrypted");
            Bytes.Contain(bytes, Encoding.UTF8.GetBytes("Pacific/Chatham")).Should().BeFalse($"{file} must hold the care record encrypted");
        }

        (await ((ICareStore)store).GetAsync("care-secret", default))!.Practice!.ExerciseId.Should().Be(Practice);
    }

    [Fact]
    public async Task Erasing_a_user_deletes_their_care_record_and_keeps_other_users()
    {
        using var store = SqliteStores.Open(_dir);
        ICareStore care = store;
        await care.TrySaveAsync(Record("care-erased", Now), default);
        await care.TrySaveAsync(Record("care-kept", Now), default);

        await store.EraseAsync("care-erased");

        (await care.GetAsync("care-erased", default)).Should().BeNull();
        (await care.GetAsync("care-kept", default)).Should().NotBeNull();
        (await care.ClaimDueAsync(Now, "host-a", TimeSpan.FromMinutes(1), 10, default)).Select(c => c.UserId).Should().Equal("care-kept");
    }

    [Fact]
    public async Task A_care_record_under_a_key_the_ring_lacks_stops_the_store_from_opening()
    {
        using (var store = SqliteStores.Open(_dir))
        {
            await ((ICareStore)store).TrySaveAsync(Record("care-keys", Now), default);
        }

        File.Move(_dir.File("wellbeing.db.keys"), _dir.File("moved.keys"));
        using var again = SqliteStores.Open(_dir);

        var act = () => again.InitializeAsync();

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*holds data encrypted under key*");
    }

    [Fact]
    public async Task Export_holds_the_care_record_decrypted()
    {
        using var store = SqliteStores.Open(_dir);
        await ((ICareStore)store).TrySaveAsync(Record("care-export", Now) with { Practice = new PracticeFollowUp(Practice, Now) }, default);

        var export = await store.ExportAsync("care-export");

        export.Care.Should().NotBeNull();
        export.Care!.Practice!.ExerciseId.Should().Be(Practice);
        export.Care.Preferences.TimeZone.Should().Be("Pacific/Chatham");
        export.Care.NextDueAt.Should().Be(Now);
        (await store.ExportAsync("someone-else")).Care.Should().BeNull();
    }

    [Fact]
    public void Use_sqlite_storage_makes_the_store_the_care_store()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddWellbeingKit().UseSqliteStorage(_dir.File("di.db"));
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
