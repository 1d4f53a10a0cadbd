using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.UserData;

namespace WellbeingKit.Storage.Sqlite.Tests;

/// <summary>Keys the ring lacks, file permissions (Unix; the suite runs on Linux), and erasure next to long reads (SQLite).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SqliteStoreSafetyTests : IDisposable
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task The_database_and_its_wal_and_shm_files_are_readable_by_their_owner_only()
    {
        using var store = SqliteStores.Open(_dir);
        await store.TrySaveAsync(new ConversationState { UserId = "u1" });

        File.GetUnixFileMode(store.DatabasePath).Should().Be(OwnerReadWrite);
        File.GetUnixFileMode(store.DatabasePath + "-wal").Should().Be(OwnerReadWrite);
        File.GetUnixFileMode(store.DatabasePath + "-shm").Should().Be(OwnerReadWrite);
    }

    [Fact]
    public async Task A_folder_the_store_creates_is_open_to_its_owner_only()
    {
        var path = Path.Combine(_dir.Path, "data", "wellbeing.db");
        using var store = new Sqlite.SqliteWellbeingStore(new Sqlite.SqliteStorageOptions { Path = path }, new FileKeyProvider(path + ".keys"));

        await store.InitializeAsync();

        File.GetUnixFileMode(Path.GetDirectoryName(path)!).Should().Be(OwnerReadWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public async Task A_database_made_readable_by_others_is_restricted_when_opened()
    {
        using (var store = SqliteStores.Open(_dir))
        {
            await store.TrySaveAsync(new ConversationState { UserId = "u1" });
        }

        var path = _dir.File("wellbeing.db");
        File.SetUnixFileMode(path, OwnerReadWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using var again = SqliteStores.Open(_dir);

        await again.InitializeAsync();

        File.GetUnixFileMode(path).Should().Be(OwnerReadWrite);
    }

    [Fact]
    public async Task A_database_whose_key_file_is_missing_refuses_to_open_naming_the_key_file_and_creates_no_key()
    {
        var keys = _dir.File("wellbeing.db.keys");
        using (var store = SqliteStores.Open(_dir))
        {
            await store.AddJournalAsync(new JournalEntry("u1", DateTimeOffset.UtcNow, "private", null));
        }

        File.Move(keys, keys + ".away");
        using var again = SqliteStores.Open(_dir);

        var act = () => again.GetAsync("u1");

        var error = (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message;
        error.Should().Contain(keys).And.Contain("does not exist").And.NotContain("\n").And.NotContain("u1");
        File.Exists(keys).Should().BeFalse("no new key ring is created beside data it cannot read");
    }

    [Fact]
    public async Task A_database_opened_with_another_key_ring_refuses_to_open()
    {
        using (var store = SqliteStores.Open(_dir))
        {
            await store.TrySaveAsync(new ConversationState { UserId = "u1" });
        }

        var other = _dir.File("other.keys");
        await new FileKeyProvider(other).RotateAsync();
        using var again = SqliteStores.Open(_dir, keys: new FileKeyProvider(other));

        var act = () => again.InitializeAsync();

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain(other);
    }

    [Fact]
    public async Task A_host_with_a_store_under_unknown_keys_does_not_start()
    {
        using (var store = SqliteStores.Open(_dir))
        {
            await store.TrySaveAsync(new ConversationState { UserId = "u1" });
        }

        File.Delete(_dir.File("wellbeing.db.keys"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit().UseSqliteStorage(_dir.File("wellbeing.db")).UseContentSource<MinimalContent>();
        await using var provider = services.BuildServiceProvider();

        var act = async () =>
        {
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                await hosted.StartAsync(CancellationToken.None);
            }
        };

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*wellbeing.db.keys*");
    }

    [Fact]
    public async Task The_first_run_creates_the_key_ring_when_the_first_value_is_written()
    {
        using var store = SqliteStores.Open(_dir);

        await store.InitializeAsync();
        File.Exists(_dir.File("wellbeing.db.keys")).Should().BeFalse("opening reads no key");
        await store.TrySaveAsync(new ConversationState { UserId = "u1" });

        File.Exists(_dir.File("wellbeing.db.keys")).Should().BeTrue();
    }

    [Fact]
    public async Task An_erasure_next_to_a_long_read_neither_waits_for_it_nor_holds_up_another_users_write()
    {
        // Writers would wait up to 10 minutes for the lock: an erasure's checkpoint used to hold it that long per attempt while a
        // reader kept an old snapshot. Now each attempt holds it for CheckpointWait at most; the 2-minute bounds below only turn
        // a regression into a failure instead of a hang.
        using var store = SqliteStores.Open(_dir, configure: o =>
        {
            o.CheckpointWait = TimeSpan.FromMilliseconds(5);
            o.BusyTimeout = TimeSpan.FromMinutes(10);
        });
        await store.AddJournalAsync(new JournalEntry("erased", DateTimeOffset.UtcNow, "private", null));
        using var reader = SqliteStores.Connect(store.DatabasePath);
        using var transaction = reader.BeginTransaction(deferred: true);
        using (var read = reader.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT count(*) FROM journal";
            read.ExecuteScalar();
        }

        var erase = store.EraseAsync("erased");
        await store.AddMoodAsync(new MoodEntry("other", DateTimeOffset.UtcNow, 4, null, null)).WaitAsync(TimeSpan.FromMinutes(2));
        await erase.WaitAsync(TimeSpan.FromMinutes(2));
        transaction.Commit();

        (await store.ExportAsync("erased")).Journal.Should().BeEmpty();
        (await store.ExportAsync("other")).Moods.Should().ContainSingle();
    }

    /// <summary>A content source, so the kit's start-up check passes and the store's own check is what fails.</summary>
    private sealed class MinimalContent : WellbeingKit.Content.IContentSource
    {
        public ValueTask<WellbeingKit.Content.ContentPack> GetPackAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new WellbeingKit.Content.ContentPack { Manifest = new() { Id = "test", Version = "1", DefaultLocale = "en" } });
    }
}
