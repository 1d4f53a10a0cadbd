using System.Data.Common;
using Npgsql;
using WellbeingKit.Privacy;

namespace WellbeingKit.Storage.Postgres;

/// <summary>
/// The store for several instances: conversation state, user data and the audit log in PostgreSQL (through an
/// <see cref="NpgsqlDataSource"/>), free text encrypted with AES-256-GCM, optimistic concurrency by version, migrations applied
/// under an advisory lock on first use. Thread-safe.
/// </summary>
public sealed partial class PostgresWellbeingStore : SqlWellbeingStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

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
        : base(keys, time, Checked(dataSource, options, keys).Schema + ".", options.Retention, options.AuditRetention)
    {
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        Schema = options.Schema;
        SaveGroups = new PostgresSaveGroups(async token => (NpgsqlConnection)await OpenAsync(token).ConfigureAwait(false));
    }

    /// <summary>The schema holding the tables.</summary>
    public string Schema { get; }

    /// <inheritdoc />
    private protected override string LockClause => " FOR UPDATE SKIP LOCKED";

    /// <summary>Creates or migrates the schema now (otherwise done on first use). Safe to call from several instances at once.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The schema version.</returns>
    public async Task<int> InitializeAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return PostgresMigrations.LatestVersion;
    }

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

    /// <inheritdoc />
    private protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        }

        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    private protected override async Task<TResult> WriteAsync<TResult>(Func<DbConnection, DbTransaction, Task<TResult>> work, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        var result = await work(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <inheritdoc />
    private protected override object TimeValue(DateTimeOffset value) => value.ToUniversalTime();

    /// <inheritdoc />
    private protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    private static PostgresStorageOptions Validated(PostgresStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        return options;
    }

    private static PostgresStorageOptions Checked(NpgsqlDataSource dataSource, PostgresStorageOptions options, IKeyProvider keys)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        return options;
    }

    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await PostgresMigrations.ApplyAsync(_dataSource, Schema, cancellationToken).ConfigureAwait(false);
                {
                    var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                    await using var connectionScope = connection.ConfigureAwait(false);

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
