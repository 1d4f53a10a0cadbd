using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Postgres;
using WellbeingKit.UserData;
using Xunit.Abstractions;

namespace WellbeingKit.Storage.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : IAsyncLifetime
{
    private const string Sentence = "The lighthouse keeper's violet umbrella remembers every Tuesday.";
    private readonly PostgresSchema _schema = new(server);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _schema.DisposeAsync().AsTask();

    [Fact]
    public async Task Free_text_is_in_no_byte_of_a_dump_of_every_table()
    {
        await using var store = _schema.Open();
        const string userId = "user-4f1d9c";
        await store.AddJournalAsync(new JournalEntry(userId, DateTimeOffset.UtcNow, Sentence, null));
        await store.AddMoodAsync(new MoodEntry(userId, DateTimeOffset.UtcNow, 3, Sentence, null));
        await store.TrySaveAsync(new ConversationState
        {
            UserId = userId,
            Transcript = [new TranscriptLine(Speaker.User, Sentence, DateTimeOffset.UtcNow)],
            Variables = new Dictionary<string, string> { ["free_text"] = Sentence },
        });

        var dump = await _schema.DumpAsync();

        Bytes.Contain(dump, Encoding.UTF8.GetBytes(userId)).Should().BeTrue("the dump holds the rows (user ids are not encrypted)");
        Bytes.Contain(dump, Encoding.UTF8.GetBytes(Sentence)).Should().BeFalse();
        Bytes.Contain(dump, Encoding.Unicode.GetBytes(Sentence)).Should().BeFalse();
        Bytes.Contain(dump, Encoding.UTF8.GetBytes("violet umbrella")).Should().BeFalse();
        Bytes.Contain(dump, Encoding.UTF8.GetBytes(Convert.ToHexStringLower(Encoding.UTF8.GetBytes("violet umbrella")))).Should().BeFalse("bytea is dumped as hex in text form");
        (await store.ExportAsync(userId)).Journal.Single().Text.Should().Be(Sentence);
    }

    [Fact]
    public async Task Free_text_is_in_no_file_of_the_cluster_after_a_checkpoint()
    {
        await using var store = _schema.Open();
        await store.AddJournalAsync(new JournalEntry("user-files", DateTimeOffset.UtcNow, Sentence, null));
        await store.TrySaveAsync(new ConversationState { UserId = "user-files", Transcript = [new TranscriptLine(Speaker.User, Sentence, DateTimeOffset.UtcNow)] });
        await server.CheckpointAsync();
        var directory = await server.FindDataDirectoryAsync();

        var sentence = Encoding.UTF8.GetBytes(Sentence);
        var user = Encoding.UTF8.GetBytes("user-files");
        var sawUser = false;
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var bytes = Bytes.ReadShared(file);
            Bytes.Contain(bytes, sentence).Should().BeFalse($"{file} must not hold the sentence");
            sawUser |= Bytes.Contain(bytes, user);
        }

        sawUser.Should().BeTrue("the scan reads the files the rows are in");
    }

    [Fact]
    public async Task Many_instances_starting_at_once_migrate_the_schema_once()
    {
        var stores = Enumerable.Range(0, 6).Select(_ => _schema.Open()).ToList();

        var versions = await Task.WhenAll(stores.Select(s => Task.Run(() => s.InitializeAsync())));

        versions.Should().AllBeEquivalentTo(PostgresMigrations.LatestVersion);
        (await _schema.ScalarAsync("SELECT count(*) FROM {s}.schema_version")).Should().Be((long)PostgresMigrations.LatestVersion, "each migration is recorded once");
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_schema_from_a_newer_version_is_refused_with_a_clear_error()
    {
        await using (var store = _schema.Open())
        {
            await store.InitializeAsync();
        }

        await _schema.ScalarAsync("INSERT INTO {s}.schema_version (version) VALUES (99)");
        await using var newer = _schema.Open();

        var act = () => newer.InitializeAsync();

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*schema version 99*newer*");
    }

    [Fact]
    public async Task Key_rotation_keeps_old_data_readable_and_a_rekey_pass_moves_it_to_the_new_key()
    {
        var keys = new FileKeyProvider(_schema.Keys.File("rotating.keys"));
        await using var store = _schema.Open(keys: keys);
        for (var i = 0; i < 5; i++)
        {
            await store.AddJournalAsync(new JournalEntry($"u{i}", DateTimeOffset.UtcNow, $"entry {i}", null));
            await store.TrySaveAsync(new ConversationState { UserId = $"u{i}" });
        }

        var newKey = await keys.RotateAsync();
        (await store.ExportAsync("u3")).Journal.Single().Text.Should().Be("entry 3");
        await store.AddMoodAsync(new MoodEntry("u0", DateTimeOffset.UtcNow, 4, "after", null));
        (await _schema.ScalarAsync($"SELECT key_id FROM {{s}}.journal WHERE user_id = 'u0'")).Should().Be(newKey);

        var rekeyed = await store.RekeyAsync();

        rekeyed.Should().Be(8);
        (await _schema.ScalarAsync($"SELECT count(*) FROM {{s}}.journal WHERE key_id <> '{newKey}'")).Should().Be(0L);
        (await store.ExportAsync("u3")).Journal.Single().Text.Should().Be("entry 3");
    }

    [Fact]
    public async Task Retention_purges_entries_older_than_the_period_and_keeps_newer_ones()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var store = _schema.Open(time, o => o.Retention = TimeSpan.FromDays(365));
        await store.AddJournalAsync(new JournalEntry("u1", time.GetUtcNow(), "old", null));
        await store.TrySaveAsync(new ConversationState { UserId = "idle" });
        time.Advance(TimeSpan.FromDays(300));
        await store.AddJournalAsync(new JournalEntry("u1", time.GetUtcNow(), "recent", null));
        time.Advance(TimeSpan.FromDays(100));

        var purged = await store.PurgeExpiredAsync();

        purged.Should().Be(2);
        (await store.ExportAsync("u1")).Journal.Select(j => j.Text).Should().Equal("recent");
        (await store.GetAsync("idle")).Should().BeNull();
    }

    [Theory]
    [InlineData("", "wellbeing", "*ConnectionString is required*")]
    [InlineData("Host=x", "Bad-Schema", "*Schema 'Bad-Schema'*")]
    public void Invalid_options_are_refused_naming_the_option(string connectionString, string schema, string message)
    {
        var options = new PostgresStorageOptions { ConnectionString = connectionString, Schema = schema };

        var act = () => new PostgresWellbeingStore(options, new FileKeyProvider(_schema.Keys.File("k")));

        act.Should().Throw<OptionsValidationException>().WithMessage(message);
    }

    [Fact]
    public void Use_postgres_storage_replaces_the_in_memory_stores()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddWellbeingKit().UsePostgresStorage(o =>
        {
            o.ConnectionString = server.ConnectionString;
            o.Schema = _schema.Name;
            o.KeyFile = _schema.Keys.File("di.keys");
        });
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IConversationStore>().Should().BeOfType<PostgresWellbeingStore>();
        provider.GetRequiredService<IUserDataStore>().Should().BeSameAs(provider.GetRequiredService<IConversationStore>());
        provider.GetRequiredService<IAuditLog>().Should().BeSameAs(provider.GetRequiredService<IConversationStore>());
    }

    [Fact]
    public void Use_postgres_storage_without_a_key_file_or_key_provider_fails_with_a_clear_error()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddWellbeingKit().UsePostgresStorage(server.ConnectionString);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IConversationStore>();

        act.Should().Throw<InvalidOperationException>().WithMessage("*KeyFile is not set*UseKeyProvider*");
    }
}
