using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;
using WellbeingKit.UserData;

namespace WellbeingKit.Storage.Sqlite;

/// <summary>
/// The embedded store: conversation state, user data and the audit log in one SQLite file, in WAL mode with
/// <c>synchronous=FULL</c> (an acknowledged write survives a process crash and a power cut), <c>secure_delete</c> on,
/// foreign keys on, and schema migrations applied when it is first used. Free text is encrypted with AES-256-GCM.
/// Thread-safe: each call uses its own pooled connection; several processes may share the file.
/// </summary>
public sealed partial class SqliteWellbeingStore : IConversationStore, IUserDataStore, IAuditLog, IDataRetention, IDisposable
{
    private readonly SqliteStorageOptions _options;
    private readonly AesGcmEncryptor _encryptor;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private volatile bool _initialized;

    /// <summary>Creates the store. The file and its schema are created or migrated on first use.</summary>
    /// <param name="options">The options (validated here).</param>
    /// <param name="keys">The encryption keys.</param>
    /// <param name="time">The clock (retention, export and update times).</param>
    /// <param name="logger">The logger (never given user text).</param>
    public SqliteWellbeingStore(SqliteStorageOptions options, IKeyProvider keys, TimeProvider? time = null, ILogger<SqliteWellbeingStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        options.ThrowIfInvalid();
        _options = options;
        _encryptor = new AesGcmEncryptor(keys);
        _time = time ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        DatabasePath = System.IO.Path.GetFullPath(options.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(30, (int)options.BusyTimeout.TotalSeconds + 5),
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Creates or migrates the schema now (otherwise done on first use). Safe to call many times and from several processes.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The schema version.</returns>
    public async Task<int> InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteMigrations.CurrentVersion(connection);
    }

    /// <inheritdoc />
    public async Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT version, state FROM conversations WHERE user_id = $u", ("$u", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var version = reader.GetInt64(0);
        var json = await _encryptor.DecryptAsync((byte[])reader[1], userId, cancellationToken).ConfigureAwait(false);
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
            ? "INSERT INTO conversations (user_id, version, updated_at, key_id, state) VALUES ($u, 1, $t, $k, $s) ON CONFLICT (user_id) DO NOTHING"
            : "UPDATE conversations SET version = $v + 1, updated_at = $t, key_id = $k, state = $s WHERE user_id = $u AND version = $v";
        var changed = await WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = Command(connection, sql, ("$u", state.UserId), ("$v", state.Version), ("$t", _time.GetUtcNow().UtcTicks), ("$k", value.KeyId), ("$s", value.Data));
                command.Transaction = transaction;
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return changed == 1 ? saved : null;
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        await ExecuteWriteAsync("DELETE FROM conversations WHERE user_id = $u", cancellationToken, ("$u", userId)).ConfigureAwait(false);
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
            "INSERT INTO moods (user_id, at, mood, emotion, key_id, note) VALUES ($u, $t, $m, $e, $k, $n)",
            cancellationToken,
            ("$u", entry.UserId),
            ("$t", entry.At.UtcTicks),
            ("$m", entry.Mood),
            ("$e", entry.Emotion),
            ("$k", note?.KeyId),
            ("$n", note?.Data)).ConfigureAwait(false);
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
            "INSERT INTO journal (user_id, at, emotion, key_id, text) VALUES ($u, $t, $e, $k, $x)",
            cancellationToken,
            ("$u", entry.UserId),
            ("$t", entry.At.UtcTicks),
            ("$e", entry.Emotion),
            ("$k", text.KeyId),
            ("$x", text.Data)).ConfigureAwait(false);
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
            "INSERT INTO feedback (user_id, at, exercise_id, outcome, rating, context) VALUES ($u, $t, $x, $o, $r, $c)",
            cancellationToken,
            ("$u", feedback.UserId),
            ("$t", feedback.At.UtcTicks),
            ("$x", feedback.ExerciseId),
            ("$o", feedback.Outcome.ToString()),
            ("$r", feedback.Rating),
            ("$c", feedback.Context)).ConfigureAwait(false);
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
            "INSERT INTO questionnaires (user_id, at, questionnaire_id, score, severity, key_id, answers) VALUES ($u, $t, $q, $s, $v, $k, $a)",
            cancellationToken,
            ("$u", result.UserId),
            ("$t", result.At.UtcTicks),
            ("$q", result.QuestionnaireId),
            ("$s", result.Score),
            ("$v", result.Severity),
            ("$k", answers.KeyId),
            ("$a", answers.Data)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExerciseFeedback>> GetFeedbackAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadFeedbackAsync(connection, "WHERE user_id = $u", ("$u", userId), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExerciseFeedback>> GetAllFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadFeedbackAsync(connection, "WHERE at >= $t", ("$t", since.UtcTicks), cancellationToken).ConfigureAwait(false);
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
        await using (var command = Command(connection, "SELECT at, mood, note, emotion FROM moods WHERE user_id = $u ORDER BY at, id", ("$u", userId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var note = reader.IsDBNull(2) ? null : await _encryptor.DecryptStringAsync((byte[])reader[2], userId, cancellationToken).ConfigureAwait(false);
                moods.Add(new MoodEntry(userId, Ticks(reader.GetInt64(0)), reader.GetInt32(1), note, NullableString(reader, 3)));
            }
        }

        var journal = new List<JournalEntry>();
        await using (var command = Command(connection, "SELECT at, text, emotion FROM journal WHERE user_id = $u ORDER BY at, id", ("$u", userId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var text = await _encryptor.DecryptStringAsync((byte[])reader[1], userId, cancellationToken).ConfigureAwait(false);
                journal.Add(new JournalEntry(userId, Ticks(reader.GetInt64(0)), text, NullableString(reader, 2)));
            }
        }

        return new UserDataExport
        {
            UserId = userId,
            ExportedAt = _time.GetUtcNow(),
            Moods = moods,
            Journal = journal,
            Feedback = await ReadFeedbackAsync(connection, "WHERE user_id = $u", ("$u", userId), cancellationToken).ConfigureAwait(false),
            Questionnaires = await ReadQuestionnairesAsync(connection, userId, cancellationToken).ConfigureAwait(false),
            Conversation = conversation,
        };
    }

    /// <summary>
    /// Erases everything kept about the user (conversation, moods, journal, feedback, questionnaires and audit events) in one
    /// transaction, then checkpoints and truncates the WAL so no copy of the deleted pages remains on disk
    /// (<c>secure_delete</c> zeroes them in the database file).
    /// </summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the erasure.</param>
    /// <returns>A task that completes when nothing of the user remains.</returns>
    public async Task EraseAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        await WriteAsync(
            async (connection, transaction) =>
            {
                var rows = 0;
                foreach (var table in SqliteMigrations.UserTables)
                {
                    await using var command = Command(connection, $"DELETE FROM {table} WHERE user_id = $u", ("$u", userId));
                    command.Transaction = transaction;
                    rows += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return rows;
            },
            cancellationToken).ConfigureAwait(false);
        await CheckpointAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        StoreArguments.Entry(auditEvent.UserId, nameof(auditEvent));
        await ExecuteWriteAsync(
            "INSERT INTO audit (user_id, at, kind, level, categories, detail) VALUES ($u, $t, $k, $l, $c, $d)",
            cancellationToken,
            ("$u", auditEvent.UserId),
            ("$t", auditEvent.At.UtcTicks),
            ("$k", auditEvent.Kind.ToString()),
            ("$l", auditEvent.Level.ToString()),
            ("$c", StoreJson.Categories(auditEvent.Categories ?? [])),
            ("$d", auditEvent.Detail)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            "SELECT user_id, at, kind, level, categories, detail FROM audit WHERE at >= $f AND at <= $t ORDER BY at, id",
            ("$f", from.UtcTicks),
            ("$t", to.UtcTicks));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<AuditEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(new AuditEvent(
                reader.GetString(0),
                Ticks(reader.GetInt64(1)),
                Enum.Parse<AuditEventKind>(reader.GetString(2)),
                Enum.Parse<RiskLevel>(reader.GetString(3)),
                StoreJson.ParseCategories(NullableString(reader, 4)),
                NullableString(reader, 5)));
        }

        return events;
    }

    /// <summary>Deletes entries older than <see cref="SqliteStorageOptions.Retention"/> (and audit events older than
    /// <see cref="SqliteStorageOptions.AuditRetention"/>), measured on the store's clock, then truncates the WAL.</summary>
    /// <param name="cancellationToken">Cancels the purge.</param>
    /// <returns>How many rows were deleted.</returns>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var statements = new List<(string Sql, long Cutoff)>();
        if (_options.Retention is { } retention)
        {
            var cutoff = (now - retention).UtcTicks;
            statements.Add(("DELETE FROM conversations WHERE updated_at < $c", cutoff));
            statements.AddRange(new[] { "moods", "journal", "feedback", "questionnaires" }.Select(t => ($"DELETE FROM {t} WHERE at < $c", cutoff)));
        }

        if (_options.AuditRetention is { } auditRetention)
        {
            statements.Add(("DELETE FROM audit WHERE at < $c", (now - auditRetention).UtcTicks));
        }

        if (statements.Count == 0)
        {
            return 0;
        }

        var deleted = await WriteAsync(
            async (connection, transaction) =>
            {
                var rows = 0;
                foreach (var (sql, cutoff) in statements)
                {
                    await using var command = Command(connection, sql, ("$c", cutoff));
                    command.Transaction = transaction;
                    rows += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return rows;
            },
            cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            await CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }

    /// <summary>Re-encrypts every value written under an older key with the current key (after a rotation), in batches.</summary>
    /// <param name="cancellationToken">Cancels the pass (what was done stays done).</param>
    /// <returns>How many values were re-encrypted.</returns>
    public async Task<int> RekeyAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            var done = await WriteAsync(
                async (connection, transaction) =>
                {
                    var current = (await _encryptor.CurrentKeyIdAsync(cancellationToken).ConfigureAwait(false));
                    return await RekeyRowsAsync(connection, transaction, current, userId: null, limit: 500, cancellationToken).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            total += done;
            if (done == 0)
            {
                return total;
            }
        }
    }

    /// <summary>Checkpoints the WAL into the database file and truncates it to zero bytes.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when the WAL was fully checkpointed and truncated; false when readers kept it busy (retried a few times).</returns>
    public async Task<bool> CheckpointAsync(CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await using (var connection = await OpenAsync(cancellationToken).ConfigureAwait(false))
            await using (var command = Command(connection, "PRAGMA wal_checkpoint(TRUNCATE)"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && reader.GetInt32(0) == 0)
                {
                    return true;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), _time, cancellationToken).ConfigureAwait(false);
        }

        LogCheckpointBusy(_logger, DatabasePath);
        return false;
    }

    /// <summary>Returns the pooled connections' file handles.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeOnceAsync(cancellationToken).ConfigureAwait(false);
        }

        return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task InitializeOnceAsync(CancellationToken cancellationToken)
    {
        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            var directory = System.IO.Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await SqliteMigrations.ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
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

            // Per-connection settings. synchronous=FULL: in WAL mode NORMAL can lose the last commits on a power cut;
            // FULL syncs the WAL at every commit, so an acknowledged write is durable (one fsync per write).
            await using var command = Command(
                connection,
                $"PRAGMA busy_timeout = {(int)_options.BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
                + "PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;");
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<int> WriteAsync(Func<SqliteConnection, SqliteTransaction, Task<int>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // Writers of this process queue here rather than in SQLite's busy handler (which sleeps); other processes wait in busy_timeout.
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
            var result = await work(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private Task<int> ExecuteWriteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = Command(connection, sql, parameters);
                command.Transaction = transaction;
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    private Task<int> AddUserRowAsync(string userId, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = Command(connection, sql, parameters);
                command.Transaction = transaction;
                var rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

                // Lazy rotation: the user's values under older keys are re-encrypted with the current key on their next write.
                var current = await _encryptor.CurrentKeyIdAsync(cancellationToken).ConfigureAwait(false);
                await RekeyRowsAsync(connection, transaction, current, userId, limit: int.MaxValue, cancellationToken).ConfigureAwait(false);
                return rows;
            },
            cancellationToken);

    private async Task<int> RekeyRowsAsync(SqliteConnection connection, SqliteTransaction transaction, string currentKeyId, string? userId, int limit, CancellationToken cancellationToken)
    {
        var rows = new List<(string Table, string Column, long RowId, string UserId, byte[] Data)>();
        foreach (var (table, column) in SqliteMigrations.EncryptedColumns)
        {
            var filter = userId is null ? string.Empty : " AND user_id = $u";
            await using var select = Command(
                connection,
                $"SELECT rowid, user_id, {column} FROM {table} WHERE key_id IS NOT NULL AND key_id <> $k{filter} LIMIT $n",
                ("$k", currentKeyId),
                ("$u", userId),
                ("$n", limit - rows.Count));
            select.Transaction = transaction;
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((table, column, reader.GetInt64(0), reader.GetString(1), (byte[])reader[2]));
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
            await using var update = Command(connection, $"UPDATE {row.Table} SET key_id = $k, {row.Column} = $d WHERE rowid = $r", ("$k", value.KeyId), ("$d", value.Data), ("$r", row.RowId));
            update.Transaction = transaction;
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows.Count;
    }

    private static async Task<IReadOnlyList<ExerciseFeedback>> ReadFeedbackAsync(SqliteConnection connection, string where, (string, object?) parameter, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, $"SELECT user_id, at, exercise_id, outcome, rating, context FROM feedback {where} ORDER BY at, id", parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ExerciseFeedback>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new ExerciseFeedback(
                reader.GetString(0),
                Ticks(reader.GetInt64(1)),
                reader.GetString(2),
                Enum.Parse<ExerciseOutcome>(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetInt32(4),
                NullableString(reader, 5)));
        }

        return list;
    }

    private async Task<IReadOnlyList<QuestionnaireResult>> ReadQuestionnairesAsync(SqliteConnection connection, string userId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT at, questionnaire_id, score, severity, answers FROM questionnaires WHERE user_id = $u ORDER BY at, id", ("$u", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<QuestionnaireResult>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var answers = await _encryptor.DecryptAsync((byte[])reader[4], userId, cancellationToken).ConfigureAwait(false);
            list.Add(new QuestionnaireResult(userId, Ticks(reader.GetInt64(0)), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), StoreJson.DeserializeAnswers(answers)));
        }

        return list;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static DateTimeOffset Ticks(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The WAL of {Database} could not be truncated: readers kept it busy. Deleted data may remain in the WAL until the next checkpoint.")]
    private static partial void LogCheckpointBusy(ILogger logger, string database);
}
