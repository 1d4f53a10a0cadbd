using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Sqlite;
using WellbeingKit.UserData;
using Xunit.Abstractions;

namespace WellbeingKit.Storage.Sqlite.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private const string Sentence = "The lighthouse keeper's violet umbrella remembers every Tuesday.";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Free_text_is_in_no_byte_of_the_database_or_its_wal_before_a_checkpoint()
    {
        using var store = SqliteStores.Open(_dir);
        var userId = "user-4f1d9c";
        await store.AddJournalAsync(new JournalEntry(userId, DateTimeOffset.UtcNow, Sentence, null));
        await store.AddMoodAsync(new MoodEntry(userId, DateTimeOffset.UtcNow, 3, Sentence, null));
        await store.TrySaveAsync(new ConversationState
        {
            UserId = userId,
            Transcript = [new TranscriptLine(Speaker.User, Sentence, DateTimeOffset.UtcNow)],
            Variables = new Dictionary<string, string> { ["free_text"] = Sentence },
        });
        await ((Safety.ISafetyPlanStore)store).SetSafetyPlanSectionAsync(userId, Safety.SafetyPlanSections.ReasonsForLiving, [Sentence], DateTimeOffset.UtcNow, default);

        var database = Bytes.ReadShared(store.DatabasePath);
        var wal = Bytes.ReadShared(store.DatabasePath + "-wal");

        wal.Should().NotBeEmpty("the writes are still in the WAL");
        Bytes.Contain(wal, Encoding.UTF8.GetBytes(userId)).Should().BeTrue("the scan sees what was written (user ids are not encrypted)");
        foreach (var bytes in new[] { database, wal })
        {
            Bytes.Contain(bytes, Encoding.UTF8.GetBytes(Sentence)).Should().BeFalse();
            Bytes.Contain(bytes, Encoding.Unicode.GetBytes(Sentence)).Should().BeFalse();
            Bytes.Contain(bytes, Encoding.UTF8.GetBytes("violet umbrella")).Should().BeFalse();
        }

        (await store.ExportAsync(userId)).Journal.Single().Text.Should().Be(Sentence);
    }

    [Fact]
    public async Task After_erasure_no_byte_of_the_user_remains_in_the_database_or_wal()
    {
        using var store = SqliteStores.Open(_dir);
        const string erased = "erase-me-7c41b2";
        const string kept = "keep-me-90ad3e";
        foreach (var user in new[] { erased, kept })
        {
            await store.AddJournalAsync(new JournalEntry(user, DateTimeOffset.UtcNow, Sentence + user, null));
            await store.AddFeedbackAsync(new ExerciseFeedback(user, DateTimeOffset.UtcNow, "grounding", ExerciseOutcome.Completed, 5, null));
            await store.RecordAsync(new AuditEvent(user, DateTimeOffset.UtcNow, AuditEventKind.Escalation, Risk.RiskLevel.High, []));
            await store.TrySaveAsync(new ConversationState { UserId = user, Transcript = [new TranscriptLine(Speaker.User, Sentence, DateTimeOffset.UtcNow)] });
            await ((Safety.ISafetyPlanStore)store).SetSafetyPlanSectionAsync(user, Safety.SafetyPlanSections.PeopleToAsk, [Sentence], DateTimeOffset.UtcNow, default);
        }

        var ciphertext = (byte[])SqliteStores.Scalar(store.DatabasePath, $"SELECT state FROM conversations WHERE user_id = '{erased}'")!;
        var fragment = ciphertext.AsSpan(ciphertext.Length - 24).ToArray();
        Bytes.Contain(Bytes.ReadShared(store.DatabasePath + "-wal"), Encoding.UTF8.GetBytes(erased)).Should().BeTrue();

        await store.EraseAsync(erased);

        var database = Bytes.ReadShared(store.DatabasePath);
        var wal = Bytes.ReadShared(store.DatabasePath + "-wal");
        foreach (var bytes in new[] { database, wal })
        {
            Bytes.Contain(bytes, Encoding.UTF8.GetBytes(erased)).Should().BeFalse();
            Bytes.Contain(bytes, fragment).Should().BeFalse();
        }

        Bytes.Contain(database, Encoding.UTF8.GetBytes(kept)).Should().BeTrue();
        var export = await store.ExportAsync(kept);
        export.Journal.Single().Text.Should().Be(Sentence + kept);
        export.Conversation.Should().NotBeNull();
    }

    [Fact]
    public async Task The_database_is_in_wal_mode_with_the_schema_version_recorded()
    {
        using var store = SqliteStores.Open(_dir);

        (await store.InitializeAsync()).Should().Be(SqliteMigrations.LatestVersion);

        SqliteStores.Scalar(store.DatabasePath, "PRAGMA journal_mode").Should().Be("wal");
        SqliteStores.Scalar(store.DatabasePath, "PRAGMA user_version").Should().Be((long)SqliteMigrations.LatestVersion);
    }

    [Fact]
    public async Task Opening_an_existing_database_again_keeps_its_data_and_schema()
    {
        using (var first = SqliteStores.Open(_dir))
        {
            await first.AddJournalAsync(new JournalEntry("u1", DateTimeOffset.UtcNow, "first", null));
        }

        using var second = SqliteStores.Open(_dir);
        (await second.InitializeAsync()).Should().Be(SqliteMigrations.LatestVersion);
        (await second.ExportAsync("u1")).Journal.Should().ContainSingle();
    }

    [Fact]
    public async Task Many_stores_opening_a_new_file_at_once_migrate_it_once()
    {
        var stores = Enumerable.Range(0, 6).Select(_ => SqliteStores.Open(_dir)).ToList();

        var versions = await Task.WhenAll(stores.Select(s => Task.Run(() => s.InitializeAsync())));

        versions.Should().AllBeEquivalentTo(SqliteMigrations.LatestVersion);
        SqliteStores.Scalar(stores[0].DatabasePath, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'journal'").Should().Be(1L);
        stores.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused_with_a_clear_error()
    {
        using (var store = SqliteStores.Open(_dir))
        {
            await store.InitializeAsync();
        }

        SqliteStores.Scalar(_dir.File("wellbeing.db"), "PRAGMA user_version = 99");
        using var newer = SqliteStores.Open(_dir);

        var act = () => newer.InitializeAsync();

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*schema version 99*newer*");
    }

    [Fact]
    public async Task Key_rotation_keeps_old_data_readable_and_re_encrypts_it_on_the_users_next_write()
    {
        var keys = new FileKeyProvider(_dir.File("wellbeing.keys"));
        using var store = SqliteStores.Open(_dir, keys: keys);
        await store.AddJournalAsync(new JournalEntry("u1", DateTimeOffset.UtcNow, "before rotation", null));
        await store.AddJournalAsync(new JournalEntry("u2", DateTimeOffset.UtcNow, "other user", null));
        var oldKey = (await keys.GetCurrentKeyAsync()).Id;

        var newKey = await keys.RotateAsync();

        (await store.ExportAsync("u1")).Journal.Single().Text.Should().Be("before rotation");
        await store.AddMoodAsync(new MoodEntry("u1", DateTimeOffset.UtcNow, 4, null, null));
        SqliteStores.Scalar(store.DatabasePath, "SELECT group_concat(DISTINCT key_id) FROM journal WHERE user_id = 'u1'").Should().Be(newKey);
        SqliteStores.Scalar(store.DatabasePath, "SELECT key_id FROM journal WHERE user_id = 'u2'").Should().Be(oldKey);
    }

    [Fact]
    public async Task A_rekey_pass_re_encrypts_every_value_under_the_current_key()
    {
        var keys = new FileKeyProvider(_dir.File("wellbeing.keys"));
        using var store = SqliteStores.Open(_dir, keys: keys);
        for (var i = 0; i < 30; i++)
        {
            await store.AddJournalAsync(new JournalEntry($"u{i}", DateTimeOffset.UtcNow, $"entry {i}", null));
            await store.TrySaveAsync(new ConversationState { UserId = $"u{i}" });
        }

        var newKey = await keys.RotateAsync();
        var rekeyed = await store.RekeyAsync();

        rekeyed.Should().Be(60);
        SqliteStores.Scalar(store.DatabasePath, "SELECT count(*) FROM journal WHERE key_id <> '" + newKey + "'").Should().Be(0L);
        SqliteStores.Scalar(store.DatabasePath, "SELECT count(*) FROM conversations WHERE key_id <> '" + newKey + "'").Should().Be(0L);
        (await store.ExportAsync("u7")).Journal.Single().Text.Should().Be("entry 7");
    }

    [Fact]
    public async Task A_rekey_pass_re_encrypts_safety_plans_too()
    {
        var keys = new FileKeyProvider(_dir.File("wellbeing.keys"));
        using var store = SqliteStores.Open(_dir, keys: keys);
        await ((Safety.ISafetyPlanStore)store).SetSafetyPlanSectionAsync("u1", Safety.SafetyPlanSections.CopingAlone, ["a walk"], DateTimeOffset.UtcNow, default);

        var newKey = await keys.RotateAsync();
        await store.RekeyAsync();

        SqliteStores.Scalar(store.DatabasePath, "SELECT key_id FROM safety_plans WHERE user_id = 'u1'").Should().Be(newKey);
        (await store.ExportAsync("u1")).SafetyPlan!.Sections[Safety.SafetyPlanSections.CopingAlone].Should().Equal("a walk");
    }

    [Fact]
    public async Task Retention_purges_entries_older_than_the_period_and_keeps_newer_ones()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var store = SqliteStores.Open(_dir, time, o => o.Retention = TimeSpan.FromDays(365));
        var start = time.GetUtcNow();
        await store.AddJournalAsync(new JournalEntry("u1", start, "old", null));
        await store.AddMoodAsync(new MoodEntry("u1", start, 2, "old", null));
        await store.TrySaveAsync(new ConversationState { UserId = "idle" });
        time.Advance(TimeSpan.FromDays(300));
        await store.AddJournalAsync(new JournalEntry("u1", time.GetUtcNow(), "recent", null));
        await store.TrySaveAsync(new ConversationState { UserId = "active" });
        time.Advance(TimeSpan.FromDays(100));

        var purged = await store.PurgeExpiredAsync();

        purged.Should().Be(3);
        var export = await store.ExportAsync("u1");
        export.Journal.Select(j => j.Text).Should().Equal("recent");
        export.Moods.Should().BeEmpty();
        (await store.GetAsync("idle")).Should().BeNull();
        (await store.GetAsync("active")).Should().NotBeNull();
    }

    [Fact]
    public async Task Without_a_retention_period_nothing_is_purged()
    {
        using var store = SqliteStores.Open(_dir);
        await store.AddJournalAsync(new JournalEntry("u1", DateTimeOffset.UnixEpoch, "kept forever", null));

        (await store.PurgeExpiredAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData("", null, "*Path is required*")]
    [InlineData("x.db", "00:00:00", "*Retention is 00:00:00*between 1 day and 100 years*")]
    [InlineData("x.db", "-1.00:00:00", "*Retention*between 1 day*")]
    public void Invalid_options_are_refused_naming_the_option(string path, string? retention, string message)
    {
        var options = new SqliteStorageOptions { Path = path, Retention = retention is null ? null : TimeSpan.Parse(retention, System.Globalization.CultureInfo.InvariantCulture) };

        var act = () => new SqliteWellbeingStore(options, new FileKeyProvider(_dir.File("k")));

        act.Should().Throw<OptionsValidationException>().WithMessage(message);
    }

    [Fact]
    public void Use_sqlite_storage_replaces_the_in_memory_stores_and_validates_its_options()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddWellbeingKit().UseSqliteStorage(o =>
        {
            o.Path = _dir.File("di.db");
            o.Retention = TimeSpan.FromDays(365);
        });
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IConversationStore>().Should().BeOfType<SqliteWellbeingStore>();
        provider.GetRequiredService<IUserDataStore>().Should().BeSameAs(provider.GetRequiredService<IConversationStore>());
        provider.GetRequiredService<IAuditLog>().Should().BeSameAs(provider.GetRequiredService<IConversationStore>());
        provider.GetRequiredService<IKeyProvider>().Should().BeOfType<FileKeyProvider>().Which.Path.Should().Be(_dir.File("di.db") + ".keys");
        provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Should().ContainSingle(s => s is RetentionService);
    }

    [Fact]
    public void Use_sqlite_storage_with_a_bad_retention_fails_at_start_naming_it()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddWellbeingKit().UseSqliteStorage(o =>
        {
            o.Path = _dir.File("di.db");
            o.Retention = TimeSpan.FromHours(1);
        });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<SqliteStorageOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*Retention is 01:00:00*");
    }
}
