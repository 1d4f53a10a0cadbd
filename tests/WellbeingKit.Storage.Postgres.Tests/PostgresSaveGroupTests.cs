using Npgsql;
using WellbeingKit.Conversations;
using WellbeingKit.Storage.Postgres;

namespace WellbeingKit.Storage.Postgres.Tests;

/// <summary>Conversation saves that arrive together are written as one batch: one round trip and one commit.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSaveGroupTests(PostgresServer server) : IAsyncLifetime
{
    private readonly PostgresSchema _schema = new(server);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _schema.DisposeAsync().AsTask();

    [Fact]
    public async Task Saves_that_arrive_while_a_group_is_written_share_the_next_group_and_are_acknowledged_after_its_commit()
    {
        await using var store = _schema.Open();
        var blocker = (await store.TrySaveAsync(new ConversationState { UserId = "blocker" }))!;
        var before = store.SaveGroups.Groups;

        await using var holder = await HoldRowAsync("blocker");
        var blocked = store.TrySaveAsync(blocker with { FlowId = "waited" });
        await WaitForAsync(() => LockWaitsAsync(), "the blocked save waits for the row lock");
        var saves = Enumerable.Range(0, 20).Select(i => store.TrySaveAsync(new ConversationState { UserId = $"u{i:00}", Transcript = [Line(i)] })).ToList();
        await WaitForAsync(() => Task.FromResult(store.SaveGroups.Waiting == 20), "the twenty saves wait for the next group");
        await holder.CommitAsync();

        (await blocked).Should().NotBeNull();
        (await Task.WhenAll(saves)).Should().AllSatisfy(s => s.Should().NotBeNull());
        (store.SaveGroups.Groups - before).Should().Be(2, "the blocked save's group, then one group for the twenty");
        (await _schema.ScalarAsync("SELECT count(*) FROM {s}.conversations WHERE user_id LIKE 'u%'")).Should().Be(20L, "each acknowledged save is committed");
        (await store.GetAsync("u07"))!.Transcript.Single().Text.Should().Be("line 7");
    }

    [Fact]
    public async Task Of_forty_concurrent_saves_of_one_conversation_at_the_same_version_exactly_one_wins()
    {
        await using var store = _schema.Open();
        var state = (await store.TrySaveAsync(new ConversationState { UserId = "same" }))!;

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => store.TrySaveAsync(state with { Transcript = [Line(i)] }))));

        results.Count(r => r is not null).Should().Be(1);
        var stored = (await store.GetAsync("same"))!;
        stored.Version.Should().Be(2);
        stored.Transcript.Should().ContainSingle();
    }

    [Fact]
    public async Task A_save_the_server_refuses_fails_alone_and_the_others_of_its_group_are_written()
    {
        await using var store = _schema.Open();
        var blocker = (await store.TrySaveAsync(new ConversationState { UserId = "blocker" }))!;
        var bad = (await store.TrySaveAsync(new ConversationState { UserId = "bad" }))!;
        await ExecuteAsync("""
            CREATE FUNCTION {s}.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for this test'; END $$;
            CREATE TRIGGER refuse BEFORE UPDATE ON {s}.conversations FOR EACH ROW WHEN (NEW.user_id = 'bad') EXECUTE FUNCTION {s}.refuse();
            """);

        await using var holder = await HoldRowAsync("blocker");
        var blocked = store.TrySaveAsync(blocker with { FlowId = "waited" });
        await WaitForAsync(() => LockWaitsAsync(), "the blocked save waits for the row lock");
        var refused = store.TrySaveAsync(bad with { FlowId = "never" });
        var saves = Enumerable.Range(0, 5).Select(i => store.TrySaveAsync(new ConversationState { UserId = $"g{i}" })).ToList();
        await WaitForAsync(() => Task.FromResult(store.SaveGroups.Waiting == 6), "the six saves wait for the next group");
        await holder.CommitAsync();

        (await blocked).Should().NotBeNull();
        await refused.Invoking(t => t).Should().ThrowAsync<PostgresException>().WithMessage("*refused for this test*");
        (await Task.WhenAll(saves)).Should().AllSatisfy(s => s.Should().NotBeNull());
        (await _schema.ScalarAsync("SELECT count(*) FROM {s}.conversations WHERE user_id LIKE 'g%'")).Should().Be(5L);
        (await store.GetAsync("bad"))!.Version.Should().Be(1, "the refused save wrote nothing");
    }

    private static TranscriptLine Line(int i) => new(Speaker.User, $"line {i}", DateTimeOffset.UnixEpoch);

    /// <summary>A transaction of another connection that holds the conversation row of <paramref name="userId"/> until committed.</summary>
    private async Task<NpgsqlTransaction> HoldRowAsync(string userId)
    {
        var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"SELECT 1 FROM {_schema.Name}.conversations WHERE user_id = @u FOR UPDATE", connection, transaction);
        command.Parameters.AddWithValue("u", userId);
        await command.ExecuteScalarAsync();
        return transaction;
    }

    private async Task<bool> LockWaitsAsync() => (long)(await _schema.ScalarAsync("SELECT count(*) FROM pg_locks WHERE NOT granted"))! > 0;

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{s}", _schema.Name, StringComparison.Ordinal), connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until <paramref name="condition"/> holds (a set-up step, not a timing assertion); fails after a minute.</summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 6000; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"Set-up did not happen within a minute: {what}.");
    }
}
