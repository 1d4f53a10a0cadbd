using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WellbeingKit.Privacy;
using static WellbeingKit.Storage.SqlCommands;

namespace WellbeingKit.Storage.Sqlite;

/// <summary>
/// The embedded store: conversation state, user data and the audit log in one SQLite file (created 0600 on Unix, like its
/// <c>-wal</c> and <c>-shm</c> files; on Windows the folder's access control list applies), in WAL mode with
/// <c>synchronous=FULL</c> (an acknowledged write survives a process crash and a power cut), <c>secure_delete</c> on,
/// foreign keys on, and schema migrations applied when it is first used. Free text is encrypted with AES-256-GCM.
/// Writes of this process that arrive together share one transaction and one fsync (group commit).
/// Thread-safe: each call uses its own pooled connection; several processes may share the file.
/// </summary>
public sealed partial class SqliteWellbeingStore : SqlWellbeingStore, IDisposable
{
    private readonly SqliteStorageOptions _options;
    private readonly ILogger _logger;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private readonly SqliteGroupCommit _commits;

    /// <summary>The physical connections (SQLite handles, reused by the pool) this store has already made its settings on.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();
    private volatile bool _initialized;

    /// <summary>Creates the store. The file and its schema are created or migrated on first use.</summary>
    /// <param name="options">The options (validated here).</param>
    /// <param name="keys">The encryption keys.</param>
    /// <param name="time">The clock (retention, export and update times).</param>
    /// <param name="logger">The logger (never given user text).</param>
    public SqliteWellbeingStore(SqliteStorageOptions options, IKeyProvider keys, TimeProvider? time = null, ILogger<SqliteWellbeingStore>? logger = null)
        : base(keys, time, tablePrefix: string.Empty, Validated(options, keys).Retention, options.AuditRetention)
    {
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        DatabasePath = Path.GetFullPath(options.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(30, (int)options.BusyTimeout.TotalSeconds + 5),
        }.ToString();
        _commits = new SqliteGroupCommit(OpenConnectionAsync);
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>How many write transactions this store has committed (group commit puts several writes in one).</summary>
    internal long CommitCount => _commits.Commits;

    /// <summary>Creates or migrates the schema now (otherwise done on first use). Safe to call many times and from several processes.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The schema version.</returns>
    public async Task<int> InitializeAsync(CancellationToken cancellationToken = default)
    {
        var connection = (SqliteConnection)await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        return SqliteMigrations.CurrentVersion(connection);
    }

    /// <summary>Checkpoints the WAL into the database file and truncates it to zero bytes.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when the WAL was fully checkpointed and truncated; false when readers kept it busy (retried a few times).</returns>
    public async Task<bool> CheckpointAsync(CancellationToken cancellationToken = default)
    {
        // A TRUNCATE checkpoint holds the write lock while it waits for readers: each attempt waits at most CheckpointWait, and
        // writers get the lock back between attempts, so a long read never stalls everyone's writes behind an erasure.
        var wait = (int)_options.CheckpointWait.TotalMilliseconds;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            {
                var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var connectionScope = connection.ConfigureAwait(false);

                {
                    var limit = Command(connection, null, $"PRAGMA busy_timeout = {wait}");
                    await using var limitScope = limit.ConfigureAwait(false);

                    await limit.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                var command = Command(connection, null, "PRAGMA wal_checkpoint(TRUNCATE)");
                await using var commandScope = command.ConfigureAwait(false);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using var readerScope = reader.ConfigureAwait(false);
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && reader.GetInt32(0) == 0)
                {
                    return true;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(50, 2 * wait)), Time, cancellationToken).ConfigureAwait(false);
        }

        LogCheckpointBusy(_logger, DatabasePath);
        return false;
    }

    /// <summary>Waits for the queued writes to commit and returns the pooled connections' file handles.</summary>
    public void Dispose()
    {
        _commits.Dispose();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Runs <paramref name="work"/> as one write of a group commit (for tests of the group commit itself).</summary>
    internal Task<TResult> WriteInGroupAsync<TResult>(Func<DbConnection, DbTransaction, Task<TResult>> work, CancellationToken cancellationToken = default)
        => WriteAsync(work, cancellationToken);

    private protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeOnceAsync(cancellationToken).ConfigureAwait(false);
        }

        return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    private protected override async Task<TResult> WriteAsync<TResult>(Func<DbConnection, DbTransaction, Task<TResult>> work, CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeOnceAsync(cancellationToken).ConfigureAwait(false);
        }

        return await _commits.WriteAsync(work, cancellationToken).ConfigureAwait(false);
    }

    private protected override object TimeValue(DateTimeOffset value) => value.UtcTicks;

    private protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => new(reader.GetInt64(ordinal), TimeSpan.Zero);

    private protected override async Task AfterDeleteAsync(CancellationToken cancellationToken) => await CheckpointAsync(cancellationToken).ConfigureAwait(false);

    private async Task InitializeOnceAsync(CancellationToken cancellationToken)
    {
        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            var directory = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                OwnerOnly.CreateDirectory(directory);
                if (OwnerOnly.IsWorldWritable(directory))
                {
                    LogFolderWorldWritable(_logger, directory);
                }
            }

            // The database is created 0600 before SQLite opens it; SQLite gives its -wal and -shm files the database's mode.
            OwnerOnly.PrepareFile(DatabasePath);
            OwnerOnly.Restrict(DatabasePath + "-wal");
            OwnerOnly.Restrict(DatabasePath + "-shm");
            var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var connectionScope = connection.ConfigureAwait(false);
            await SqliteMigrations.ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
            await CheckKeysAsync(connection, $"The database '{DatabasePath}'", cancellationToken).ConfigureAwait(false);
            _initialized = true;
        }
        finally
        {
            _initGate.Release();
        }
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (_configured.TryGetValue(connection.Handle!, out _))
            {
                // A pooled connection keeps its settings: they are set once per physical connection, not on every open.
                return connection;
            }

            // Per-connection settings. synchronous=FULL: in WAL mode NORMAL can lose the last commits on a power cut;
            // FULL syncs the WAL at every commit, so an acknowledged write is durable (one fsync per write).
            var command = Command(
                connection,
                null,
                $"PRAGMA busy_timeout = {(int)_options.BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
                + "PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;");
            await using var commandScope = command.ConfigureAwait(false);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _configured.AddOrUpdate(connection.Handle!, _configured);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static SqliteStorageOptions Validated(SqliteStorageOptions options, IKeyProvider keys)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        options.ThrowIfInvalid();
        return options;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The folder {Folder} of the database can be written by every user of this machine; move the database to a folder only the service can write.")]
    private static partial void LogFolderWorldWritable(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The WAL of {Database} could not be truncated: readers kept it busy. Deleted data may remain in the WAL until the next checkpoint.")]
    private static partial void LogCheckpointBusy(ILogger logger, string database);
}
