using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;
using WellbeingKit.UserData;

namespace WellbeingKit.Storage.Postgres;

/// <summary>
/// The store for several instances: conversation state, user data and the audit log in PostgreSQL (through an
/// <see cref="NpgsqlDataSource"/>), free text encrypted with AES-256-GCM, optimistic concurrency by version, migrations applied
/// under an advisory lock on first use. Thread-safe.
/// </summary>
public sealed class PostgresWellbeingStore : IConversationStore, IUserDataStore, IAuditLog, IDataRetention, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly PostgresStorageOptions _options;
    private readonly AesGcmEncryptor _encryptor;
    private readonly TimeProvider _time;
    private readonly string _s;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    /// <summary>Creates the store with its own connection pool for <see cref="PostgresStorageOptions.ConnectionString"/>.</summary>
    /// <param name="options">The options (validated here).</param>
    /// <param name="keys">The encryption keys.</param>
    /// <param name="time">The clock (retention, export and update times).</param>
    /// <param name="logger">The logger (never given user text).</param>
    public PostgresWellbeingStore(PostgresStorageOptions options, IKeyProvider keys, TimeProvider? time = null, ILogger<PostgresWellbeingStore>? logger = null)
        : this(Validated(options).ConnectionString is var cs ? NpgsqlDataSource.Create(cs) : null!, options, keys, time, logger, ownsDataSource: true)
    {
    }

    /// <summary>Creates the store over a data source you own (and dispose).</summary>
    /// <param name="dataSource">The data source.</param>
    /// <param name="options">The options (the connection string is not used).</param>
    /// <param name="keys">The encryption keys.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public PostgresWellbeingStore(NpgsqlDataSource dataSource, PostgresStorageOptions options, IKeyProvider keys, TimeProvider? time = null, ILogger<PostgresWellbeingStore>? logger = null)
        : this(dataSource, options, keys, time, logger, ownsDataSource: false)
    {
    }

    private PostgresWellbeingStore(NpgsqlDataSource dataSource, PostgresStorageOptions options, IKeyProvider keys, TimeProvider? time, ILogger<PostgresWellbeingStore>? logger, bool ownsDataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        _ = logger ?? NullLogger<PostgresWellbeingStore>.Instance;
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        _options = options;
        _s = options.Schema;
        _encryptor = new AesGcmEncryptor(keys);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The schema holding the tables.</summary>
    public string Schema => _s;

    /// <summary>Creates or migrates the schema now (otherwise done on first use). Safe to call from several instances at once.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The schema version.</returns>
    public async Task<int> InitializeAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return PostgresMigrations.LatestVersion;
    }

    /// <inheritdoc />
    public async Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT version, state FROM {_s}.conversations WHERE user_id = @u", ("u", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var version = reader.GetInt64(0);
        var json = await _encryptor.DecryptAsync(reader.GetFieldValue<byte[]>(1), userId, cancellationToken).ConfigureAwait(false);
        return StoreJson.DeserializeState(json, userId, version);
    }

    /// <inheritdoc />
    public async Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        StoreArguments.Entry(state.UserId, nameof(state));
        ArgumentOutOfRangeException.ThrowIfNegative(state.Version, nameof(state));
        var saved = state with { Version = state.Version + 1 };
        var value = await Sealed.SealAsync(_encryptor, StoreJson.SerializeState(saved), state.UserId, cancellationToken).ConfigureAwait(false);
        var sql = state.Version == 0
            ? $"INSERT INTO {_s}.conversations (user_id, version, updated_at, key_id, state) VALUES (@u, 1, @t, @k, @s) ON CONFLICT (user_id) DO NOTHING"
            : $"UPDATE {_s}.conversations SET version = @v + 1, updated_at = @t, key_id = @k, state = @s WHERE user_id = @u AND version = @v";
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql, ("u", state.UserId), ("v", state.Version), ("t", _time.GetUtcNow()), ("k", value.KeyId), ("s", value.Data));
        var changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return changed == 1 ? saved : null;
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"DELETE FROM {_s}.conversations WHERE user_id = @u", ("u", userId));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task AddMoodAsync(MoodEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        StoreArguments.Entry(entry.UserId, nameof(entry));
        if (entry.Mood is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(entry), entry.Mood, "MoodEntry.Mood must be between 1 and 5.");
        }

        Sealed? note = entry.Note is null ? null : await Sealed.SealAsync(_encryptor, entry.Note, entry.UserId, cancellationToken).ConfigureAwait(false);
        await AddUserRowAsync(
            entry.UserId,
            $"INSERT INTO {_s}.moods (user_id, at, mood, emotion, key_id, note) VALUES (@u, @t, @m, @e, @k, @n)",
            cancellationToken,
            ("u", entry.UserId),
            ("t", entry.At.ToUniversalTime()),
            ("m", (short)entry.Mood),
            ("e", entry.Emotion),
            ("k", note?.KeyId),
            ("n", note?.Data)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task AddJournalAsync(JournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        StoreArguments.Entry(entry.UserId, nameof(entry));
        ArgumentNullException.ThrowIfNull(entry.Text, nameof(entry));
        var text = await Sealed.SealAsync(_encryptor, entry.Text, entry.UserId, cancellationToken).ConfigureAwait(false);
        await AddUserRowAsync(
            entry.UserId,
            $"INSERT INTO {_s}.journal (user_id, at, emotion, key_id, text) VALUES (@u, @t, @e, @k, @x)",
            cancellationToken,
            ("u", entry.UserId),
            ("t", entry.At.ToUniversalTime()),
            ("e", entry.Emotion),
            ("k", text.KeyId),
            ("x", text.Data)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task AddFeedbackAsync(ExerciseFeedback feedback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        StoreArguments.Entry(feedback.UserId, nameof(feedback));
        ArgumentException.ThrowIfNullOrWhiteSpace(feedback.ExerciseId, nameof(feedback));
        if (feedback.Rating is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(feedback), feedback.Rating, "ExerciseFeedback.Rating must be between 1 and 5 (or null).");
        }

        await AddUserRowAsync(
            feedback.UserId,
            $"INSERT INTO {_s}.feedback (user_id, at, exercise_id, outcome, rating, context) VALUES (@u, @t, @x, @o, @r, @c)",
            cancellationToken,
            ("u", feedback.UserId),
            ("t", feedback.At.ToUniversalTime()),
            ("x", feedback.ExerciseId),
            ("o", feedback.Outcome.ToString()),
            ("r", (short?)feedback.Rating),
            ("c", feedback.Context)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task AddQuestionnaireResultAsync(QuestionnaireResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        StoreArguments.Entry(result.UserId, nameof(result));
        ArgumentException.ThrowIfNullOrWhiteSpace(result.QuestionnaireId, nameof(result));
        ArgumentNullException.ThrowIfNull(result.Answers, nameof(result));
        var answers = await Sealed.SealAsync(_encryptor, StoreJson.SerializeAnswers(result.Answers), result.UserId, cancellationToken).ConfigureAwait(false);
        await AddUserRowAsync(
            result.UserId,
            $"INSERT INTO {_s}.questionnaires (user_id, at, questionnaire_id, score, severity, key_id, answers) VALUES (@u, @t, @q, @sc, @v, @k, @a)",
            cancellationToken,
            ("u", result.UserId),
            ("t", result.At.ToUniversalTime()),
            ("q", result.QuestionnaireId),
            ("sc", result.Score),
            ("v", result.Severity),
            ("k", answers.KeyId),
            ("a", answers.Data)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExerciseFeedback>> GetFeedbackAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadFeedbackAsync(connection, "WHERE user_id = @p", ("p", userId), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExerciseFeedback>> GetAllFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadFeedbackAsync(connection, "WHERE at >= @p", ("p", Clamp(since)), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<QuestionnaireResult>> GetQuestionnaireResultsAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadQuestionnairesAsync(connection, userId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<UserDataExport> ExportAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        var conversation = await GetAsync(userId, cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var moods = new List<MoodEntry>();
        await using (var command = Command(connection, $"SELECT at, mood, note, emotion FROM {_s}.moods WHERE user_id = @u ORDER BY at, id", ("u", userId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var note = reader.IsDBNull(2) ? null : await _encryptor.DecryptStringAsync(reader.GetFieldValue<byte[]>(2), userId, cancellationToken).ConfigureAwait(false);
                moods.Add(new MoodEntry(userId, reader.GetFieldValue<DateTimeOffset>(0), reader.GetInt16(1), note, reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        var journal = new List<JournalEntry>();
        await using (var command = Command(connection, $"SELECT at, text, emotion FROM {_s}.journal WHERE user_id = @u ORDER BY at, id", ("u", userId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var text = await _encryptor.DecryptStringAsync(reader.GetFieldValue<byte[]>(1), userId, cancellationToken).ConfigureAwait(false);
                journal.Add(new JournalEntry(userId, reader.GetFieldValue<DateTimeOffset>(0), text, reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }

        return new UserDataExport
        {
            UserId = userId,
            ExportedAt = _time.GetUtcNow(),
            Moods = moods,
            Journal = journal,
            Feedback = await ReadFeedbackAsync(connection, "WHERE user_id = @p", ("p", userId), cancellationToken).ConfigureAwait(false),
            Questionnaires = await ReadQuestionnairesAsync(connection, userId, cancellationToken).ConfigureAwait(false),
            Conversation = conversation,
        };
    }

    /// <summary>
    /// Erases everything kept about the user (conversation, moods, journal, feedback, questionnaires and audit events) in one
    /// transaction. PostgreSQL keeps dead row versions until VACUUM; they hold only ciphertext and the user id.
    /// </summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the erasure.</param>
    /// <returns>A task that completes when the erasure is committed.</returns>
    public async Task EraseAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var table in PostgresMigrations.UserTables)
        {
            await using var command = Command(connection, $"DELETE FROM {_s}.{table} WHERE user_id = @u", ("u", userId));
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        StoreArguments.Entry(auditEvent.UserId, nameof(auditEvent));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            $"INSERT INTO {_s}.audit (user_id, at, kind, level, categories, detail) VALUES (@u, @t, @k, @l, @c, @d)",
            ("u", auditEvent.UserId),
            ("t", auditEvent.At.ToUniversalTime()),
            ("k", auditEvent.Kind.ToString()),
            ("l", auditEvent.Level.ToString()),
            ("c", StoreJson.Categories(auditEvent.Categories ?? [])),
            ("d", auditEvent.Detail));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            $"SELECT user_id, at, kind, level, categories, detail FROM {_s}.audit WHERE at >= @f AND at <= @t ORDER BY at, id",
            ("f", Clamp(from)),
            ("t", Clamp(to)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<AuditEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(new AuditEvent(
                reader.GetString(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                Enum.Parse<AuditEventKind>(reader.GetString(2)),
                Enum.Parse<RiskLevel>(reader.GetString(3)),
                StoreJson.ParseCategories(reader.IsDBNull(4) ? null : reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return events;
    }

    /// <summary>Deletes entries older than <see cref="PostgresStorageOptions.Retention"/> (and audit events older than
    /// <see cref="PostgresStorageOptions.AuditRetention"/>), measured on the store's clock, in one transaction.</summary>
    /// <param name="cancellationToken">Cancels the purge.</param>
    /// <returns>How many rows were deleted.</returns>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var statements = new List<(string Sql, DateTimeOffset Cutoff)>();
        if (_options.Retention is { } retention)
        {
            statements.Add(($"DELETE FROM {_s}.conversations WHERE updated_at < @c", now - retention));
            statements.AddRange(new[] { "moods", "journal", "feedback", "questionnaires" }.Select(t => ($"DELETE FROM {_s}.{t} WHERE at < @c", now - retention)));
        }

        if (_options.AuditRetention is { } auditRetention)
        {
            statements.Add(($"DELETE FROM {_s}.audit WHERE at < @c", now - auditRetention));
        }

        if (statements.Count == 0)
        {
            return 0;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var rows = 0;
        foreach (var (sql, cutoff) in statements)
        {
            await using var command = Command(connection, sql, ("c", cutoff));
            command.Transaction = transaction;
            rows += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>Re-encrypts every value written under an older key with the current key (after a rotation), in batches.</summary>
    /// <param name="cancellationToken">Cancels the pass (what was done stays done).</param>
    /// <returns>How many values were re-encrypted.</returns>
    public async Task<int> RekeyAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var current = await _encryptor.CurrentKeyIdAsync(cancellationToken).ConfigureAwait(false);
            var done = await RekeyRowsAsync(connection, transaction, current, userId: null, limit: 500, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            total += done;
            if (done == 0)
            {
                return total;
            }
        }
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

    private static PostgresStorageOptions Validated(PostgresStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        return options;
    }

    private static DateTimeOffset Clamp(DateTimeOffset value)
    {
        // timestamptz spans 4713 BC to 294276 AD; DateTimeOffset.MinValue/MaxValue need no clamping but must be UTC.
        return value.ToUniversalTime();
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        }

        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await PostgresMigrations.ApplyAsync(_dataSource, _s, cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initGate.Release();
        }
    }

    private async Task AddUserRowAsync(string userId, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = Command(connection, sql, parameters))
        {
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Lazy rotation: the user's values under older keys are re-encrypted with the current key on their next write.
        var current = await _encryptor.CurrentKeyIdAsync(cancellationToken).ConfigureAwait(false);
        await RekeyRowsAsync(connection, transaction, current, userId, limit: int.MaxValue, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> RekeyRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string currentKeyId, string? userId, int limit, CancellationToken cancellationToken)
    {
        var rows = new List<(string Table, string Key, string Column, object RowKey, string UserId, byte[] Data)>();
        foreach (var (table, key, column) in PostgresMigrations.EncryptedColumns)
        {
            var filter = userId is null ? string.Empty : " AND user_id = @u";
            await using var select = Command(
                connection,
                $"SELECT {key}, user_id, {column} FROM {_s}.{table} WHERE key_id IS NOT NULL AND key_id <> @k{filter} LIMIT @n FOR UPDATE SKIP LOCKED",
                ("k", currentKeyId),
                ("n", limit - rows.Count));
            if (userId is not null)
            {
                select.Parameters.AddWithValue("u", userId);
            }

            select.Transaction = transaction;
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((table, key, column, reader.GetValue(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2)));
            }

            if (rows.Count >= limit)
            {
                break;
            }
        }

        foreach (var row in rows)
        {
            var plain = await _encryptor.DecryptAsync(row.Data, row.UserId, cancellationToken).ConfigureAwait(false);
            var value = await Sealed.SealAsync(_encryptor, plain, row.UserId, cancellationToken).ConfigureAwait(false);
            await using var update = Command(connection, $"UPDATE {_s}.{row.Table} SET key_id = @k, {row.Column} = @d WHERE {row.Key} = @r", ("k", value.KeyId), ("d", value.Data), ("r", row.RowKey));
            update.Transaction = transaction;
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows.Count;
    }

    private async Task<IReadOnlyList<ExerciseFeedback>> ReadFeedbackAsync(NpgsqlConnection connection, string where, (string, object?) parameter, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, $"SELECT user_id, at, exercise_id, outcome, rating, context FROM {_s}.feedback {where} ORDER BY at, id", parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ExerciseFeedback>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new ExerciseFeedback(
                reader.GetString(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetString(2),
                Enum.Parse<ExerciseOutcome>(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetInt16(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return list;
    }

    private async Task<IReadOnlyList<QuestionnaireResult>> ReadQuestionnairesAsync(NpgsqlConnection connection, string userId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, $"SELECT at, questionnaire_id, score, severity, answers FROM {_s}.questionnaires WHERE user_id = @u ORDER BY at, id", ("u", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<QuestionnaireResult>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var answers = await _encryptor.DecryptAsync(reader.GetFieldValue<byte[]>(4), userId, cancellationToken).ConfigureAwait(false);
            list.Add(new QuestionnaireResult(userId, reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), StoreJson.DeserializeAnswers(answers)));
        }

        return list;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            var parameter = new NpgsqlParameter(name, value ?? DBNull.Value);
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
