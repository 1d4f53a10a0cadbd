using System.Collections.Concurrent;
using Npgsql;

namespace WellbeingKit.Storage.Postgres;

/// <summary>
/// Group commit of conversation saves. A save is one statement returning one row (whether the version check passed, and
/// the number of the transcript row it wrote). Saves that arrive while a group is being written wait and go together as
/// one <see cref="NpgsqlBatch"/> without a transaction block, which PostgreSQL runs as one implicit transaction: one round
/// trip, one commit and one WAL flush for the group. Each caller's task completes only after the commit that holds its
/// statement (the durability promise is unchanged). At low load a group is one save; under load groups grow by themselves.
/// </summary>
/// <remarks>
/// Each statement checks its own version, so a group changes no outcome: a statement that loses the check writes nothing
/// and reports it, as alone. Statements run in the order of their user ids, so two hosts' groups lock conversation rows in
/// the same order and cannot deadlock. When the server refuses one statement the whole group is rolled back, and each
/// statement runs again alone, so only its own caller sees its error. When the connection fails, every caller of the group
/// gets the error (as a single statement would: the commit is then unknown).
/// </remarks>
internal sealed class PostgresSaveGroups(Func<CancellationToken, Task<NpgsqlConnection>> open)
{
    /// <summary>The most saves in one group.</summary>
    public const int MaxGroup = 64;

    private readonly ConcurrentQueue<Pending> _queue = new();
    private int _writing;
    private long _groups;

    /// <summary>How many saves wait for a group; for tests.</summary>
    public int Waiting => _queue.Count;

    /// <summary>How many groups (round trips) were written; for tests.</summary>
    public long Groups => Interlocked.Read(ref _groups);

    /// <summary>Writes the statement <paramref name="command"/> builds with the next group and returns its row.</summary>
    /// <param name="userId">The user whose conversation the statement saves (the order within a group).</param>
    /// <param name="command">Builds the statement (called again if it must run alone).</param>
    /// <param name="cancellationToken">Cancels the wait; a statement already sent is still written.</param>
    public Task<(int Changed, long Seq)> SaveAsync(string userId, Func<NpgsqlBatchCommand> command, CancellationToken cancellationToken)
    {
        var pending = new Pending(userId, command, cancellationToken);
        _queue.Enqueue(pending);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            // The writer runs on its own, so that no caller's reply waits for the groups of the callers after it.
            _ = Task.Run(WriteAllAsync, CancellationToken.None);
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteAllAsync()
    {
        do
        {
            while (!_queue.IsEmpty)
            {
                var group = new List<Pending>();
                while (group.Count < MaxGroup && _queue.TryDequeue(out var pending))
                {
                    if (pending.Cancel.IsCancellationRequested)
                    {
                        pending.Done.TrySetCanceled(pending.Cancel);
                    }
                    else
                    {
                        group.Add(pending);
                    }
                }

                if (group.Count > 0)
                {
                    group.Sort((a, b) => string.CompareOrdinal(a.UserId, b.UserId));
                    await WriteGroupAsync(group).ConfigureAwait(false);
                }
            }

            Volatile.Write(ref _writing, 0);
        }
        while (!_queue.IsEmpty && Interlocked.CompareExchange(ref _writing, 1, 0) == 0);
    }

    private async Task WriteGroupAsync(List<Pending> group)
    {
        try
        {
            var rows = await ExecuteAsync(group).ConfigureAwait(false);
            for (var i = 0; i < group.Count; i++)
            {
                group[i].Done.TrySetResult(rows[i]);
            }
        }
        catch (PostgresException) when (group.Count > 1)
        {
            // The server refused a statement and rolled the group back: each runs alone, so only its caller sees its error.
            foreach (var pending in group)
            {
                await WriteGroupAsync([pending]).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            foreach (var pending in group)
            {
                pending.Done.TrySetException(e);
            }
        }
    }

    private async Task<(int Changed, long Seq)[]> ExecuteAsync(List<Pending> group)
    {
        Interlocked.Increment(ref _groups);
        var connection = await open(CancellationToken.None).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var batch = new NpgsqlBatch(connection);
        await using var batchScope = batch.ConfigureAwait(false);
        foreach (var pending in group)
        {
            batch.BatchCommands.Add(pending.Command());
        }

        var rows = new (int Changed, long Seq)[group.Count];
        {
            var reader = await batch.ExecuteReaderAsync(CancellationToken.None).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);
            for (var i = 0; i < rows.Length; i++)
            {
                if (i > 0 && !await reader.NextResultAsync(CancellationToken.None).ConfigureAwait(false))
                {
                    throw new InvalidOperationException("A save of the group returned no result.");
                }

                if (!await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false))
                {
                    throw new InvalidOperationException("A save of the group returned no row.");
                }

                rows[i] = (reader.GetInt32(0), reader.GetInt64(1));
            }
        }

        // The reader is closed: the batch's implicit transaction has committed.
        return rows;
    }

    private sealed class Pending(string userId, Func<NpgsqlBatchCommand> command, CancellationToken cancel)
    {
        public string UserId { get; } = userId;

        public Func<NpgsqlBatchCommand> Command { get; } = command;

        public CancellationToken Cancel { get; } = cancel;

        public TaskCompletionSource<(int Changed, long Seq)> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
