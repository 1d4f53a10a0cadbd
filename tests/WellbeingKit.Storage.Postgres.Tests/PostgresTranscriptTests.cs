using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Postgres;

namespace WellbeingKit.Storage.Postgres.Tests;

/// <summary>PostgreSQL keeps the transcript as one row per save (the lines it added) and a turn writes only what changed.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTranscriptTests(PostgresServer server) : IAsyncLifetime
{
    private readonly PostgresSchema _schema = new(server);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _schema.DisposeAsync().AsTask();

    [Fact]
    public async Task A_turn_appends_its_lines_and_drops_the_lines_that_fell_off_the_front()
    {
        await using var store = _schema.Open();
        await store.TrySaveAsync(new ConversationState { UserId = "u1", Transcript = Lines(0, 4) });
        for (var turn = 1; turn <= 5; turn++)
        {
            var state = (await store.GetAsync("u1"))!;

            // As the engine does: the last four lines are kept and the turn adds two.
            var transcript = state.Transcript.Concat(Lines(turn * 10, 2)).TakeLast(4).ToList();
            (await store.TrySaveAsync(state with { Transcript = transcript })).Should().NotBeNull();
        }

        var stored = (await store.GetAsync("u1"))!;
        stored.Version.Should().Be(6);
        stored.Transcript.Select(l => l.Text).Should().Equal("line 40", "line 41", "line 50", "line 51");
        (await _schema.ScalarAsync("SELECT count(*) FROM {s}.transcript WHERE user_id = 'u1'")).Should().Be(2L, "one row per save, the rows whose lines all fell off deleted");
        (await _schema.ScalarAsync("SELECT min(seq) FROM {s}.transcript WHERE user_id = 'u1'")).Should().Be(5L, "the kept rows were never rewritten");
    }

    [Fact]
    public async Task A_save_adds_one_row_with_its_new_lines_and_skips_the_lines_that_fell_off_the_oldest_row()
    {
        await using var store = _schema.Open();
        var first = (await store.TrySaveAsync(new ConversationState { UserId = "u5", Transcript = Lines(0, 4) }))!;

        var second = await store.TrySaveAsync(first with { Transcript = [.. first.Transcript.Skip(3), .. Lines(10, 3)] });

        second.Should().NotBeNull();
        (await _schema.ScalarAsync("SELECT count(*) FROM {s}.transcript WHERE user_id = 'u5'")).Should().Be(2L);
        (await _schema.ScalarAsync("SELECT transcript_skip FROM {s}.conversations WHERE user_id = 'u5'")).Should().Be(3);
        (await store.GetAsync("u5"))!.Transcript.Select(l => l.Text).Should().Equal("line 3", "line 10", "line 11", "line 12");
        await using var other = _schema.Open();
        (await other.GetAsync("u5"))!.Transcript.Select(l => l.Text).Should().Equal("line 3", "line 10", "line 11", "line 12");
    }

    [Fact]
    public async Task A_save_without_new_lines_writes_no_transcript_row()
    {
        await using var store = _schema.Open();
        var first = (await store.TrySaveAsync(new ConversationState { UserId = "u6", Transcript = Lines(0, 2) }))!;

        (await store.TrySaveAsync(first with { FlowId = "breathing" })).Should().NotBeNull();

        (await _schema.ScalarAsync("SELECT count(*) FROM {s}.transcript WHERE user_id = 'u6'")).Should().Be(1L);
        var read = (await store.GetAsync("u6"))!;
        read.FlowId.Should().Be("breathing");
        read.Transcript.Select(l => l.Text).Should().Equal("line 0", "line 1");
    }

    [Fact]
    public async Task Rows_of_one_line_each_as_migration_2_wrote_them_read_back_and_the_next_save_appends_after_them()
    {
        var keys = new FileKeyProvider(_schema.Keys.File("pg.keys"));
        await using var store = _schema.Open(keys: keys);
        await store.TrySaveAsync(new ConversationState { UserId = "m2" });

        // Lines as migration 2 stored them: one encrypted JSON object per row.
        var encryptor = new AesGcmEncryptor(keys);
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var line in Lines(0, 3))
            {
                var data = await encryptor.EncryptAsync(JsonSerializer.SerializeToUtf8Bytes(line, JsonOptions), "m2");
                await using var insert = new NpgsqlCommand($"INSERT INTO {_schema.Name}.transcript (user_id, seq, key_id, line) VALUES ('m2', (SELECT coalesce(max(seq), 0) + 1 FROM {_schema.Name}.transcript WHERE user_id = 'm2'), @k, @l)", connection);
                insert.Parameters.AddWithValue("k", AesGcmEncryptor.ReadKeyId(data));
                insert.Parameters.AddWithValue("l", data);
                await insert.ExecuteNonQueryAsync();
            }
        }

        var state = (await store.GetAsync("m2"))!;
        state.Transcript.Select(l => l.Text).Should().Equal("line 0", "line 1", "line 2");
        (await store.TrySaveAsync(state with { Transcript = [.. state.Transcript.Skip(1), .. Lines(10, 2)] })).Should().NotBeNull();

        (await store.GetAsync("m2"))!.Transcript.Select(l => l.Text).Should().Equal("line 1", "line 2", "line 10", "line 11");
        (await _schema.ScalarAsync("SELECT count(*) FROM {s}.transcript WHERE user_id = 'm2'")).Should().Be(3L, "the row of line 0 went, two old rows and one new row stay");
    }

    [Fact]
    public async Task Updated_at_moves_at_most_once_an_hour_and_retention_waits_that_hour_longer()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var store = _schema.Open(time, o => o.Retention = TimeSpan.FromDays(1));
        var state = (await store.TrySaveAsync(new ConversationState { UserId = "idle" }))!;
        time.Advance(TimeSpan.FromMinutes(50));
        (await store.TrySaveAsync(state)).Should().NotBeNull();
        (await _schema.ScalarAsync("SELECT updated_at FROM {s}.conversations WHERE user_id = 'idle'")).Should().Be(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), "a save within the hour leaves updated_at, so the update changes no indexed column");

        // A day after the last save (00:50): kept, as updated_at (00:00) is not older than the retention plus the hour.
        time.Advance(TimeSpan.FromDays(1));
        (await store.PurgeExpiredAsync()).Should().Be(0);
        (await store.GetAsync("idle")).Should().NotBeNull();

        time.Advance(TimeSpan.FromMinutes(11));
        (await store.PurgeExpiredAsync()).Should().Be(1);
        (await store.GetAsync("idle")).Should().BeNull();
    }

    [Fact]
    public async Task A_save_more_than_an_hour_after_updated_at_moves_it()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var store = _schema.Open(time);
        var state = (await store.TrySaveAsync(new ConversationState { UserId = "u7" }))!;
        time.Advance(TimeSpan.FromMinutes(61));

        await store.TrySaveAsync(state);

        (await _schema.ScalarAsync("SELECT updated_at FROM {s}.conversations WHERE user_id = 'u7'")).Should().Be(new DateTime(2026, 1, 1, 1, 1, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task A_transcript_the_caller_built_itself_replaces_the_stored_lines()
    {
        await using var store = _schema.Open();
        var first = (await store.TrySaveAsync(new ConversationState { UserId = "u2", Transcript = Lines(0, 3) }))!;

        // New line objects (not read from the store), in another order: the lines are rewritten.
        var rebuilt = first with { Transcript = [new TranscriptLine(Speaker.Kit, "line 2", DateTimeOffset.UnixEpoch), new TranscriptLine(Speaker.User, "line 0", DateTimeOffset.UnixEpoch)] };
        (await store.TrySaveAsync(rebuilt)).Should().NotBeNull();

        (await store.GetAsync("u2"))!.Transcript.Select(l => l.Text).Should().Equal("line 2", "line 0");
        (await _schema.ScalarAsync("SELECT count(*) FROM {s}.transcript WHERE user_id = 'u2'")).Should().Be(1L);
    }

    [Fact]
    public async Task A_save_at_a_stale_version_writes_no_line()
    {
        await using var store = _schema.Open();
        await store.TrySaveAsync(new ConversationState { UserId = "u3", Transcript = Lines(0, 2) });
        var read = (await store.GetAsync("u3"))!;
        (await store.TrySaveAsync(read with { Transcript = [.. read.Transcript, .. Lines(10, 2)] })).Should().NotBeNull();

        var stale = await store.TrySaveAsync(read with { Transcript = [.. read.Transcript, .. Lines(20, 2)] });

        stale.Should().BeNull();
        (await store.GetAsync("u3"))!.Transcript.Select(l => l.Text).Should().Equal("line 0", "line 1", "line 10", "line 11");
    }

    [Fact]
    public async Task Another_instance_sees_every_line_and_continues_the_numbering()
    {
        await using var one = _schema.Open();
        await using var two = _schema.Open();
        await one.TrySaveAsync(new ConversationState { UserId = "u4", Transcript = Lines(0, 2) });
        var state = (await two.GetAsync("u4"))!;
        (await two.TrySaveAsync(state with { Transcript = [.. state.Transcript, .. Lines(10, 1)] })).Should().NotBeNull();
        state = (await one.GetAsync("u4"))!;
        (await one.TrySaveAsync(state with { Transcript = [.. state.Transcript, .. Lines(20, 1)] })).Should().NotBeNull();

        (await two.GetAsync("u4"))!.Transcript.Select(l => l.Text).Should().Equal("line 0", "line 1", "line 10", "line 20");
        (await _schema.ScalarAsync("SELECT max(seq) FROM {s}.transcript WHERE user_id = 'u4'")).Should().Be(3L);
    }

    [Fact]
    public async Task A_conversation_saved_before_the_transcript_table_reads_back_whole_and_moves_its_lines_on_the_next_save()
    {
        var keys = new FileKeyProvider(_schema.Keys.File("pg.keys"));
        await using (var store = _schema.Open(keys: keys))
        {
            await store.InitializeAsync();
        }

        // A row as version 1 of the schema wrote it: the transcript inside the encrypted state.
        var json = JsonSerializer.SerializeToUtf8Bytes(
            new ConversationState { UserId = "old", Version = 3, FlowId = "checkin", Transcript = Lines(0, 3) },
            new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } });
        var encryptor = new AesGcmEncryptor(keys);
        var data = await encryptor.EncryptAsync(json, "old");
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand($"INSERT INTO {_schema.Name}.conversations (user_id, version, updated_at, key_id, state) VALUES ('old', 3, now(), @k, @s)", connection);
            insert.Parameters.AddWithValue("k", AesGcmEncryptor.ReadKeyId(data));
            insert.Parameters.AddWithValue("s", data);
            await insert.ExecuteNonQueryAsync();
        }

        await using var reopened = _schema.Open(keys: keys);
        var state = (await reopened.GetAsync("old"))!;
        state.Transcript.Select(l => l.Text).Should().Equal("line 0", "line 1", "line 2");
        (await reopened.TrySaveAsync(state with { Transcript = [.. state.Transcript, .. Lines(10, 1)] })).Should().NotBeNull();

        (await _schema.ScalarAsync("SELECT count(*) FROM {s}.transcript WHERE user_id = 'old'")).Should().Be(1L, "the four lines moved to one row");
        var export = await reopened.ExportAsync("old");
        export.Conversation!.Transcript.Select(l => l.Text).Should().Equal("line 0", "line 1", "line 2", "line 10");
        export.Conversation.FlowId.Should().Be("checkin");
    }

    [Fact]
    public async Task Erasing_a_user_deletes_their_transcript_lines()
    {
        await using var store = _schema.Open();
        await store.TrySaveAsync(new ConversationState { UserId = "gone", Transcript = Lines(0, 3) });
        await store.TrySaveAsync(new ConversationState { UserId = "kept", Transcript = Lines(0, 2) });

        await store.EraseAsync("gone");

        (await _schema.ScalarAsync("SELECT count(*) FROM {s}.transcript WHERE user_id = 'gone'")).Should().Be(0L);
        (await _schema.ScalarAsync("SELECT count(*) FROM {s}.transcript WHERE user_id = 'kept'")).Should().Be(1L);
    }

    [Fact]
    public async Task A_rekey_pass_re_encrypts_the_transcript_lines_too()
    {
        var keys = new FileKeyProvider(_schema.Keys.File("pg.keys"));
        await using var store = _schema.Open(keys: keys);
        var first = (await store.TrySaveAsync(new ConversationState { UserId = "rk", Transcript = Lines(0, 3) }))!;
        await store.TrySaveAsync(first with { Transcript = [.. first.Transcript, .. Lines(10, 1)] });
        await keys.RotateAsync();

        await store.RekeyAsync();

        (await _schema.ScalarAsync("SELECT count(DISTINCT key_id) FROM {s}.transcript")).Should().Be(1L);
        (await _schema.ScalarAsync("SELECT count(*) FROM {s}.transcript t JOIN {s}.conversations c USING (user_id) WHERE t.key_id = c.key_id")).Should().Be(2L);
        (await store.GetAsync("rk"))!.Transcript.Should().HaveCount(4);
    }

    [Theory]
    [InlineData("Host=db;Username=app", "No Reset On Close=True", "Max Auto Prepare=20", "Auto Prepare Min Usages=2", "Maximum Pool Size=30")]
    [InlineData("Host=db;No Reset On Close=false;MaxPoolSize=80;Max Auto Prepare=0", "No Reset On Close=False", "Max Auto Prepare=0", "Maximum Pool Size=80", "Auto Prepare Min Usages=2")]
    public void The_store_s_pool_prepares_statements_and_skips_the_reset_unless_the_connection_string_says_otherwise(string given, params string[] expected)
    {
        var applied = PostgresConnectionDefaults.Apply(given);

        applied.Split(';').Should().Contain(expected);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static List<TranscriptLine> Lines(int from, int count) =>
        [.. Enumerable.Range(from, count).Select(i => new TranscriptLine(i % 2 == 0 ? Speaker.User : Speaker.Kit, $"line {i}", DateTimeOffset.UnixEpoch.AddMinutes(i)))];
}
