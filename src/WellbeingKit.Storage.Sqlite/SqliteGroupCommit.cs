using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace WellbeingKit.Storage.Sqlite;

/// <summary>
/// Group commit: one loop per store takes every write waiting (up to <see cref="MaxBatch"/>), runs them in order in one
/// <c>BEGIN IMMEDIATE</c> transaction, each inside its own savepoint (a write that fails is rolled back alone and
/// its caller gets the error), commits once (one fsync with <c>synchronous=FULL</c>) and only then completes the
/// callers' tasks. While it commits, the next writes queue up and form the next group. Writes run one after another
/// exactly as with one transaction each, so optimistic concurrency (<c>WHERE version = @v</c>) sees the writes before
/// it in the same group.
/// </summary>
internal sealed class SqliteGroupCommit(Func<CancellationToken, Task<SqliteConnection>> open) : IDisposable
{
    private const int MaxBatch = 256;
    private readonly Channel<Write> _queue = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _startLock = new();
    private Task? _loop;

    /// <summary>Commits so far (tests compare it with the number of writes).</summary>
    public long Commits { get; private set; }

    /// <summary>Queues <paramref name="work"/> for the next group; completes after the group's transaction has committed.</summary>
    public Task<TResult> WriteAsync<TResult>(Func<DbConnection, DbTransaction, Task<TResult>> work, CancellationToken cancellationToken)
    {
        var write = new Write<TResult>(work, cancellationToken);
        if (_loop is null)
        {
            lock (_startLock)
            {
                _loop ??= Task.Run(LoopAsync);
            }
        }

        if (!_queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(SqliteWellbeingStore), "The SQLite store was disposed.");
        }

        return write.Result;
    }

    /// <summary>Stops taking writes and waits (up to 30 s) for the queued ones to commit.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop?.Wait(TimeSpan.FromSeconds(30));
    }

    private async Task LoopAsync()
    {
        var batch = new List<Write>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
            {
                if (write.CancellationToken.IsCancellationRequested)
                {
                    write.Fail(new OperationCanceledException(write.CancellationToken));
                }
                else
                {
                    batch.Add(write);
                }
            }

            try
            {
                await CommitAsync(batch).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // Opening the connection, BEGIN or COMMIT failed: nothing of the group is committed.
                foreach (var write in batch)
                {
                    write.Fail(e);
                }
            }

            batch.Clear();
        }
    }

    private async Task CommitAsync(List<Write> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var connection = await open(CancellationToken.None).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var pending = batch;
        while (pending.Count > 0)
        {
            var done = new List<Write>(pending.Count);
            var retry = new List<Write>();
            {
                var transaction = connection.BeginTransaction(deferred: false);
                await using var transactionScope = transaction.ConfigureAwait(false);

                for (var i = 0; i < pending.Count; i++)
                {
                    var write = pending[i];
                    if (await RunOneAsync(write, connection, transaction, alone: pending.Count == 1).ConfigureAwait(false))
                    {
                        done.Add(write);
                    }
                    else if (connection.State != System.Data.ConnectionState.Open || !InTransaction(connection))
                    {
                        // SQLite rolled the whole transaction back (an I/O error, a full disk): the writes before this one
                        // are undone too and go into a new transaction; this one has its error.
                        retry.AddRange(done);
                        retry.AddRange(pending.Skip(i + 1));
                        done.Clear();
                        break;
                    }
                }

                if (done.Count > 0)
                {
                    await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                    Commits++;
                }
            }

            // Acknowledged only now: their transaction has committed (and, with synchronous=FULL, been fsynced).
            foreach (var write in done)
            {
                write.Acknowledge();
            }

            pending = retry;
        }
    }

    /// <summary>Runs one write in its own savepoint; on failure rolls back to it and fails the write. Returns true when it succeeded.</summary>
    private static async Task<bool> RunOneAsync(Write write, SqliteConnection connection, SqliteTransaction transaction, bool alone)
    {
        if (!alone)
        {
            transaction.Save("w");
        }

        try
        {
            write.CancellationToken.ThrowIfCancellationRequested();
            await write.RunAsync(connection, transaction).ConfigureAwait(false);
            if (!alone)
            {
                transaction.Release("w");
            }

            return true;
        }
        catch (Exception e)
        {
            write.Fail(e);
            if (!alone && InTransaction(connection))
            {
                transaction.Rollback("w");
                transaction.Release("w");
            }

            return false;
        }
    }

    private static bool InTransaction(SqliteConnection connection) =>
        SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0;

    /// <summary>One queued write: its work, run inside the shared transaction, and the caller's task, completed after the commit.</summary>
    private abstract class Write(CancellationToken cancellationToken)
    {
        public CancellationToken CancellationToken { get; } = cancellationToken;

        public abstract Task RunAsync(SqliteConnection connection, SqliteTransaction transaction);

        /// <summary>Acknowledges the write: called only once its transaction has committed.</summary>
        public abstract void Acknowledge();

        public abstract void Fail(Exception exception);
    }

    private sealed class Write<TResult>(Func<DbConnection, DbTransaction, Task<TResult>> work, CancellationToken cancellationToken) : Write(cancellationToken)
    {
        // Continuations run on the thread pool, never inline on the committing loop.
        private readonly TaskCompletionSource<TResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TResult? _result;

        public Task<TResult> Result => _done.Task;

        public override async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction) =>
            _result = await work(connection, transaction).ConfigureAwait(false);

        public override void Acknowledge() => _done.TrySetResult(_result!);

        public override void Fail(Exception exception)
        {
            if (exception is OperationCanceledException canceled)
            {
                _done.TrySetCanceled(canceled.CancellationToken);
            }
            else
            {
                _done.TrySetException(exception);
            }
        }
    }
}
