using System.Data.Common;
using WellbeingKit.Conversations;
using WellbeingKit.UserData;

namespace WellbeingKit.Storage.Sqlite.Tests;

/// <summary>Group commit: writes that arrive together share one transaction, and each is acknowledged only after it commits.</summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Every_acknowledged_save_is_already_committed_when_its_caller_sees_it()
    {
        using var store = SqliteStores.Open(_dir);
        var unseen = 0;
        await Task.WhenAll(Enumerable.Range(0, 32).Select(worker => Task.Run(async () =>
        {
            var userId = $"ack-{worker}";
            var state = new ConversationState { UserId = userId };
            for (var turn = 0; turn < 25; turn++)
            {
                state = (await store.TrySaveAsync(state with { Variables = new Dictionary<string, string> { ["turn"] = $"{turn}" } }))!;

                // A connection of its own, outside the store's pool, reads only what is committed.
                var stored = Convert.ToInt64(SqliteStores.Scalar(store.DatabasePath, $"SELECT version FROM conversations WHERE user_id = '{userId}'"), System.Globalization.CultureInfo.InvariantCulture);
                if (stored < state.Version)
                {
                    Interlocked.Increment(ref unseen);
                }
            }
        })));

        unseen.Should().Be(0);
        (await store.GetAsync("ack-7"))!.Version.Should().Be(25);
    }

    [Fact]
    public async Task Concurrent_writes_share_commits()
    {
        using var store = SqliteStores.Open(_dir);
        await store.InitializeAsync();

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            store.AddJournalAsync(new JournalEntry($"shared-{i % 10}", DateTimeOffset.UtcNow, $"entry {i}", null)))));

        SqliteStores.Scalar(store.DatabasePath, "SELECT count(*) FROM journal").Should().Be(200L);
        store.CommitCount.Should().BeLessThan(200);
    }

    [Fact]
    public async Task Of_concurrent_saves_at_the_same_version_exactly_one_wins()
    {
        using var store = SqliteStores.Open(_dir);
        var first = (await store.TrySaveAsync(new ConversationState { UserId = "race" }))!;

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => store.TrySaveAsync(
            first with { Transcript = [new TranscriptLine(Speaker.User, $"writer {i}", DateTimeOffset.UtcNow)] }))));

        results.Where(r => r is not null).Should().ContainSingle();
        var winner = results.Single(r => r is not null)!;
        var stored = (await store.GetAsync("race"))!;
        stored.Version.Should().Be(2);
        stored.Transcript.Should().ContainSingle().Which.Text.Should().Be(winner.Transcript[0].Text);
    }

    [Fact]
    public async Task A_write_that_fails_is_rolled_back_alone_and_the_rest_of_its_group_commits()
    {
        using var store = SqliteStores.Open(_dir);
        await store.InitializeAsync();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The first write holds the commit loop until the others have queued behind it, so they form one group.
        var holder = store.WriteInGroupAsync(async (c, t) =>
        {
            started.SetResult();
            await gate.Task;
            return await InsertAsync(c, t, "holder");
        });
        await started.Task;
        var writes = Enumerable.Range(0, 20).Select(i => store.WriteInGroupAsync(async (c, t) =>
        {
            var rows = await InsertAsync(c, t, $"user-{i}");
            return i == 7 ? throw new InvalidOperationException("write 7 fails after its insert") : rows;
        })).ToList();
        gate.SetResult();
        await holder;

        var failed = () => writes[7];
        await failed.Should().ThrowAsync<InvalidOperationException>().WithMessage("write 7 fails*");
        foreach (var write in writes.Where((_, i) => i != 7))
        {
            (await write).Should().Be(1);
        }

        var users = Users(store.DatabasePath);
        users.Should().NotContain("user-7");
        users.Should().HaveCount(20).And.Contain("holder").And.Contain("user-19");
        store.CommitCount.Should().Be(2, "the holder committed alone, then the 20 others as one group");
    }

    private static async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, string userId)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO audit (user_id, at, kind, level, categories) VALUES ('{userId}', 0, 'Escalated', 'High', '')";
        return await command.ExecuteNonQueryAsync();
    }

    private static List<string> Users(string path)
    {
        using var connection = SqliteStores.Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id FROM audit";
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }
}
