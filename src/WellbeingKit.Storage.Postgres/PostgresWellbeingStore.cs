using System.Data.Common;
using Npgsql;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.UserData;

namespace WellbeingKit.Storage.Postgres;

/// <summary>
/// The store for several instances: conversation state, user data and the audit log in PostgreSQL (through an
/// <see cref="NpgsqlDataSource"/>), free text encrypted with AES-256-GCM, optimistic concurrency by version, migrations applied
/// under an advisory lock on first use. Thread-safe.
/// </summary>
public sealed class PostgresWellbeingStore : IConversationStore, IUserDataStore, IAuditLog, IDataRetention, IAsyncDisposable, IDisposable
{
    private readonly PostgresCore _core;
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;

    /// <summary>Creates the store with its own connection pool for <see cref="PostgresStorageOptions.ConnectionString"/>.</summary>
    /// <param name="options">The options (validated here).</param>
    /// <param name="keys">The encryption keys.</param>
    /// <param name="time">The clock (retention, export and update times).</param>
    public PostgresWellbeingStore(PostgresStorageOptions options, IKeyProvider keys, TimeProvider? time = null)
        : this(NpgsqlDataSource.Create(PostgresConnectionDefaults.Apply(Validated(options).ConnectionString)), options, keys, time, ownsDataSource: true)
    {
    }

    /// <summary>Creates the store over a data source you own (and dispose).</summary>
    /// <param name="dataSource">The data source.</param>
    /// <param name="options">The options (the connection string is not used).</param>
    /// <param name="keys">The encryption keys.</param>
    /// <param name="time">The clock.</param>
    public PostgresWellbeingStore(NpgsqlDataSource dataSource, PostgresStorageOptions options, IKeyProvider keys, TimeProvider? time = null)
        : this(dataSource, options, keys, time, ownsDataSource: false)
    {
    }

    private PostgresWellbeingStore(NpgsqlDataSource dataSource, PostgresStorageOptions options, IKeyProvider keys, TimeProvider? time, bool ownsDataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        _core = new PostgresCore(dataSource, options, new AesGcmEncryptor(keys), time ?? TimeProvider.System);
    }

    /// <summary>The schema holding the tables.</summary>
    public string Schema => _core.Schema;

    /// <summary>Creates or migrates the schema now (otherwise done on first use). Safe to call from several instances at once.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The schema version.</returns>
    public Task<int> InitializeAsync(CancellationToken cancellationToken = default) => _core.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default) => _core.GetAsync(userId, cancellationToken);

    /// <inheritdoc />
    public Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default) => _core.TrySaveAsync(state, cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(string userId, CancellationToken cancellationToken = default) => _core.DeleteAsync(userId, cancellationToken);

    /// <inheritdoc />
    public Task AddMoodAsync(MoodEntry entry, CancellationToken cancellationToken = default) => _core.AddMoodAsync(entry, cancellationToken);

    /// <inheritdoc />
    public Task AddJournalAsync(JournalEntry entry, CancellationToken cancellationToken = default) => _core.AddJournalAsync(entry, cancellationToken);

    /// <inheritdoc />
    public Task AddFeedbackAsync(ExerciseFeedback feedback, CancellationToken cancellationToken = default) => _core.AddFeedbackAsync(feedback, cancellationToken);

    /// <inheritdoc />
    public Task AddQuestionnaireResultAsync(QuestionnaireResult result, CancellationToken cancellationToken = default) => _core.AddQuestionnaireResultAsync(result, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExerciseFeedback>> GetFeedbackAsync(string userId, CancellationToken cancellationToken = default) => _core.GetFeedbackAsync(userId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExerciseFeedback>> GetAllFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => _core.GetAllFeedbackAsync(since, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<QuestionnaireResult>> GetQuestionnaireResultsAsync(string userId, CancellationToken cancellationToken = default)
        => _core.GetQuestionnaireResultsAsync(userId, cancellationToken);

    /// <inheritdoc />
    public Task<UserDataExport> ExportAsync(string userId, CancellationToken cancellationToken = default) => _core.ExportAsync(userId, cancellationToken);

    /// <summary>
    /// Erases everything kept about the user (conversation, moods, journal, feedback, questionnaires and audit events) in small
    /// transactions, so other users' writes never wait for the whole erasure (interrupted, it completes when run again). PostgreSQL keeps dead row versions until VACUUM; they hold only ciphertext and the user id.
    /// </summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the erasure.</param>
    /// <returns>A task that completes when the erasure is committed.</returns>
    public Task EraseAsync(string userId, CancellationToken cancellationToken = default) => _core.EraseAsync(userId, cancellationToken);

    /// <inheritdoc />
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) => _core.RecordAsync(auditEvent, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) => _core.ReadAsync(from, to, cancellationToken);

    /// <summary>Deletes entries older than <see cref="PostgresStorageOptions.Retention"/> (and audit events older than
    /// <see cref="PostgresStorageOptions.AuditRetention"/>), measured on the store's clock, in one transaction.</summary>
    /// <param name="cancellationToken">Cancels the purge.</param>
    /// <returns>How many rows were deleted.</returns>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) => _core.PurgeExpiredAsync(cancellationToken);

    /// <summary>Re-encrypts every value written under an older key with the current key (after a rotation), in batches.</summary>
    /// <param name="cancellationToken">Cancels the pass (what was done stays done).</param>
    /// <returns>How many values were re-encrypted.</returns>
    public Task<int> RekeyAsync(CancellationToken cancellationToken = default) => _core.RekeyAsync(cancellationToken);

    /// <summary>Disposes the connection pool if the store created it.</summary>
    /// <returns>A task that completes when the pool is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Disposes the connection pool if the store created it.</summary>
    public void Dispose()
    {
        if (_ownsDataSource)
        {
            _dataSource.Dispose();
        }
    }

    private static PostgresStorageOptions Validated(PostgresStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        return options;
    }
}

/// <summary>PostgreSQL connections from the data source, write transactions, and migrations under an advisory lock.</summary>
internal sealed partial class PostgresCore(NpgsqlDataSource dataSource, PostgresStorageOptions options, AesGcmEncryptor encryptor, TimeProvider time)
    : SqlStoreCore(encryptor, time, options.Schema + ".", options.Retention, options.AuditRetention)
{
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    public string Schema { get; } = options.Schema;

    protected override string LockClause => " FOR UPDATE SKIP LOCKED";

    public async Task<int> InitializeAsync(CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return PostgresMigrations.LatestVersion;
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        }

        return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<TResult> WriteAsync<TResult>(Func<DbConnection, DbTransaction, Task<TResult>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    protected override object TimeValue(DateTimeOffset value) => value.ToUniversalTime();

    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await PostgresMigrations.ApplyAsync(dataSource, Schema, cancellationToken).ConfigureAwait(false);
                await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
                {
                    await CheckKeysAsync(connection, $"The PostgreSQL schema '{Schema}'", cancellationToken).ConfigureAwait(false);
                }

                _initialized = true;
            }
        }
        finally
        {
            _initGate.Release();
        }
    }
}
