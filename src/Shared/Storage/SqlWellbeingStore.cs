// Compiled into WellbeingKit.Storage.Sqlite and WellbeingKit.Storage.Postgres: each package has its own copy of this base
// class, in the package's namespace, so the two never clash in an app that references both.
using System.Data.Common;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.UserData;
using static WellbeingKit.Storage.SqlCommands;

#if WELLBEINGKIT_STORAGE_SQLITE
namespace WellbeingKit.Storage.Sqlite;
#elif WELLBEINGKIT_STORAGE_POSTGRES
namespace WellbeingKit.Storage.Postgres;
#endif

/// <summary>
/// What the SQL stores share, over ADO.NET: the conversation store, the user data store, the audit log and data retention,
/// with free text encrypted with AES-256-GCM, optimistic concurrency by version, export, erasure, retention and rekeying.
/// The store of each database derives from it and supplies connections, write transactions and how times are stored.
/// </summary>
public abstract partial class SqlWellbeingStore : IConversationStore, IUserDataStore, IAuditLog, IDataRetention
{
    private readonly string _tablePrefix;
    private readonly TimeSpan? _retention;
    private readonly TimeSpan? _auditRetention;

    private protected SqlWellbeingStore(IKeyProvider keys, TimeProvider? time, string tablePrefix, TimeSpan? retention, TimeSpan? auditRetention)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Encryptor = new AesGcmEncryptor(keys);
        Time = time ?? TimeProvider.System;
        _tablePrefix = tablePrefix;
        _retention = retention;
        _auditRetention = auditRetention;
    }

    /// <summary>Every table holding rows of a user (erasure deletes from each).</summary>
    private protected static IReadOnlyList<string> UserTables { get; } = ["conversations", "care", "safety_plans", "moods", "journal", "feedback", "questionnaires", "audit"];

    /// <summary>Every encrypted column with its table and the row's key column (a <c>key_id</c> column sits beside each).</summary>
    private protected static IReadOnlyList<(string Table, string Key, string Column)> EncryptedColumns { get; } =
        [("conversations", "user_id", "state"), ("care", "user_id", "payload"), ("safety_plans", "user_id", "plan"), ("moods", "id", "note"), ("journal", "id", "text"), ("questionnaires", "id", "answers")];

    /// <summary>The store's clock (retention, export and update times).</summary>
    private protected TimeProvider Time { get; }

    /// <summary>Encrypts and decrypts the free text.</summary>
    private protected AesGcmEncryptor Encryptor { get; }

    /// <summary>Every encrypted column this store has (a store with more tables adds its own).</summary>
    private protected virtual IReadOnlyList<(string Table, string Key, string Column)> Encrypted => EncryptedColumns;

    /// <summary>Appended to the rekey pass's SELECT (PostgreSQL locks the rows it rewrites).</summary>
    private protected virtual string LockClause => string.Empty;

    /// <summary>
    /// How far a conversation's <c>updated_at</c> may lag its last save (PostgreSQL moves it at most once per step, so that a
    /// turn's update changes no indexed column); the retention purge waits this much longer.
    /// </summary>
    private protected virtual TimeSpan UpdatedAtStep => TimeSpan.Zero;

    /// <inheritdoc />
    public virtual async Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var command = Command(connection, null, $"SELECT version, state FROM {T("conversations")} WHERE user_id = @u", ("@u", userId));
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var version = reader.GetInt64(0);
        var json = await Encryptor.DecryptAsync((byte[])reader[1], userId, cancellationToken).ConfigureAwait(false);
        return StoreJson.DeserializeState(json, userId, version);
    }

    /// <inheritdoc />
    public virtual async Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default)
    {
        StoreArguments.State(state);
        var saved = state with { Version = state.Version + 1 };
        var value = await Sealed.SealAsync(Encryptor, StoreJson.SerializeState(saved), state.UserId, cancellationToken).ConfigureAwait(false);
        var sql = state.Version == 0
            ? $"INSERT INTO {T("conversations")} (user_id, version, updated_at, key_id, state) VALUES (@u, 1, @t, @k, @s) ON CONFLICT (user_id) DO NOTHING"
            : $"UPDATE {T("conversations")} SET version = @v + 1, updated_at = @t, key_id = @k, state = @s WHERE user_id = @u AND version = @v";
        var changed = await ExecuteWriteAsync(
            sql,
            cancellationToken,
            ("@u", state.UserId),
            ("@v", state.Version),
            ("@t", TimeValue(Time.GetUtcNow())),
            ("@k", value.KeyId),
            ("@s", value.Data)).ConfigureAwait(false);
        return changed == 1 ? saved : null;
    }

    /// <inheritdoc />
    public Task DeleteAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        return ExecuteWriteAsync($"DELETE FROM {T("conversations")} WHERE user_id = @u", cancellationToken, ("@u", userId));
    }

    /// <summary>An open connection (the schema migrated).</summary>
    private protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction and commits it.</summary>
    private protected abstract Task<TResult> WriteAsync<TResult>(Func<DbConnection, DbTransaction, Task<TResult>> work, CancellationToken cancellationToken);

    /// <summary>How a time is stored.</summary>
    private protected abstract object TimeValue(DateTimeOffset value);

    /// <summary>How a stored time is read.</summary>
    private protected abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Runs after rows were deleted (SQLite truncates its WAL).</summary>
    private protected virtual Task AfterDeleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The table's name with the store's schema prefix.</summary>
    private protected string T(string table) => _tablePrefix + table;

    private Task<int> ExecuteWriteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => WriteAsync(
            async (connection, transaction) =>
            {
                var command = Command(connection, transaction, sql, parameters);
                await using var commandScope = command.ConfigureAwait(false);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>The rows of <paramref name="table"/> whose <c>at</c> lies between two times (inclusive), oldest first.</summary>
    private async Task<IReadOnlyList<TRow>> ReadBetweenAsync<TRow>(string columns, string table, DateTimeOffset from, DateTimeOffset to, Func<DbDataReader, TRow> map, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var command = Command(
            connection,
            null,
            $"SELECT {columns} FROM {T(table)} WHERE at >= @f AND at <= @t ORDER BY at, id",
            ("@f", TimeValue(from)),
            ("@t", TimeValue(to)));
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        var rows = new List<TRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
