// Shared by WellbeingKit.Storage.Sqlite and WellbeingKit.Storage.Postgres (linked into the latter).
using System.Data.Common;
using System.Globalization;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;
using WellbeingKit.UserData;

namespace WellbeingKit.Storage;

/// <summary>
/// The store logic both databases share, over ADO.NET: the SQL (with <c>@name</c> parameters), encryption of free text,
/// optimistic concurrency, export, erasure, retention and rekeying. A subclass supplies connections, write transactions
/// and how times are stored.
/// </summary>
internal abstract class SqlStoreCore(AesGcmEncryptor encryptor, TimeProvider time, string tablePrefix, TimeSpan? retention, TimeSpan? auditRetention)
{
    /// <summary>Every table holding rows of a user (erasure deletes from each).</summary>
    public static readonly string[] UserTables = ["conversations", "moods", "journal", "feedback", "questionnaires", "audit"];

    /// <summary>Every encrypted column with its table and the row's key column (a <c>key_id</c> column sits beside each).</summary>
    public static readonly (string Table, string Key, string Column)[] EncryptedColumns =
        [("conversations", "user_id", "state"), ("moods", "id", "note"), ("journal", "id", "text"), ("questionnaires", "id", "answers")];

    private static readonly string[] DatedTables = ["moods", "journal", "feedback", "questionnaires"];

    private const string AuditColumns = "user_id, at, kind, level, categories, detail";

    /// <summary>How many rows one transaction of an erasure deletes.</summary>
    private const int EraseBatch = 200;

    protected TimeProvider Time { get; } = time;

    /// <summary>Encrypts and decrypts the free text.</summary>
    protected AesGcmEncryptor Encryptor { get; } = encryptor;

    /// <summary>Every encrypted column this store has (a subclass with more tables adds its own).</summary>
    protected virtual IReadOnlyList<(string Table, string Key, string Column)> Encrypted => EncryptedColumns;

    /// <summary>Appended to the rekey pass's SELECT (PostgreSQL locks the rows it rewrites).</summary>
    protected virtual string LockClause => string.Empty;

    public virtual async Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        StoreArguments.User(userId, nameof(userId));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, $"SELECT version, state FROM {T("conversations")} WHERE user_id = @u", ("@u", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var version = reader.GetInt64(0);
        var json = await Encryptor.DecryptAsync((byte[])reader[1], userId, cancellationToken).ConfigureAwait(false);
        return StoreJson.DeserializeState(json, userId, version);
    }

    public virtual async Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken)
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

    public Task DeleteAsync(string userId, CancellationToken cancellationToken)
    {
        StoreArguments.User(userId, nameof(userId));
        return ExecuteWriteAsync($"DELETE FROM {T("conversations")} WHERE user_id = @u", cancellationToken, ("@u", userId));
    }

    public async Task AddMoodAsync(MoodEntry entry, CancellationToken cancellationToken)
    {
        StoreArguments.Mood(entry);
        Sealed? note = entry.Note is null ? null : await Sealed.SealAsync(Encryptor, entry.Note, entry.UserId, cancellationToken).ConfigureAwait(false);
        await AddUserRowAsync(
            entry.UserId,
            $"INSERT INTO {T("moods")} (user_id, at, mood, emotion, key_id, note) VALUES (@u, @t, @m, @e, @k, @n)",
            cancellationToken,
            ("@u", entry.UserId),
            ("@t", TimeValue(entry.At)),
            ("@m", entry.Mood),
            ("@e", entry.Emotion),
            ("@k", note?.KeyId),
            ("@n", note?.Data)).ConfigureAwait(false);
    }

    public async Task AddJournalAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        StoreArguments.Journal(entry);
        var text = await Sealed.SealAsync(Encryptor, entry.Text, entry.UserId, cancellationToken).ConfigureAwait(false);
        await AddUserRowAsync(
            entry.UserId,
            $"INSERT INTO {T("journal")} (user_id, at, emotion, key_id, text) VALUES (@u, @t, @e, @k, @x)",
            cancellationToken,
            ("@u", entry.UserId),
            ("@t", TimeValue(entry.At)),
            ("@e", entry.Emotion),
            ("@k", text.KeyId),
            ("@x", text.Data)).ConfigureAwait(false);
    }

    public Task AddFeedbackAsync(ExerciseFeedback feedback, CancellationToken cancellationToken)
    {
        StoreArguments.Feedback(feedback);
        return AddUserRowAsync(
            feedback.UserId,
            $"INSERT INTO {T("feedback")} (user_id, at, exercise_id, outcome, rating, context) VALUES (@u, @t, @x, @o, @r, @c)",
            cancellationToken,
            ("@u", feedback.UserId),
            ("@t", TimeValue(feedback.At)),
            ("@x", feedback.ExerciseId),
            ("@o", feedback.Outcome.ToString()),
            ("@r", feedback.Rating),
            ("@c", feedback.Context));
    }

    public async Task AddQuestionnaireResultAsync(QuestionnaireResult result, CancellationToken cancellationToken)
    {
        StoreArguments.Questionnaire(result);
        var answers = await Sealed.SealAsync(Encryptor, StoreJson.SerializeAnswers(result.Answers), result.UserId, cancellationToken).ConfigureAwait(false);
        await AddUserRowAsync(
            result.UserId,
            $"INSERT INTO {T("questionnaires")} (user_id, at, questionnaire_id, score, severity, key_id, answers) VALUES (@u, @t, @q, @sc, @v, @k, @a)",
            cancellationToken,
            ("@u", result.UserId),
            ("@t", TimeValue(result.At)),
            ("@q", result.QuestionnaireId),
            ("@sc", result.Score),
            ("@v", result.Severity),
            ("@k", answers.KeyId),
            ("@a", answers.Data)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ExerciseFeedback>> GetFeedbackAsync(string userId, CancellationToken cancellationToken)
    {
        StoreArguments.User(userId, nameof(userId));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadFeedbackAsync(connection, "WHERE user_id = @p", userId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ExerciseFeedback>> GetAllFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadFeedbackAsync(connection, "WHERE at >= @p", TimeValue(since), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<QuestionnaireResult>> GetQuestionnaireResultsAsync(string userId, CancellationToken cancellationToken)
    {
        StoreArguments.User(userId, nameof(userId));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadQuestionnairesAsync(connection, userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every questionnaire score between two times (inclusive), oldest first; the answers are not read or decrypted.</summary>
    public async Task<IReadOnlyList<QuestionnaireScore>> ReadScoresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        return await ReadBetweenAsync(
            "user_id, at, questionnaire_id, score",
            "questionnaires",
            from,
            to,
            reader => new QuestionnaireScore(reader.GetString(0), ReadTime(reader, 1), reader.GetString(2), Int(reader, 3)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<UserDataExport> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        StoreArguments.User(userId, nameof(userId));
        var conversation = await GetAsync(userId, cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var moods = new List<MoodEntry>();
        await using (var command = Command(connection, null, $"SELECT at, mood, note, emotion FROM {T("moods")} WHERE user_id = @u ORDER BY at, id", ("@u", userId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var note = reader.IsDBNull(2) ? null : await Encryptor.DecryptStringAsync((byte[])reader[2], userId, cancellationToken).ConfigureAwait(false);
                moods.Add(new MoodEntry(userId, ReadTime(reader, 0), Int(reader, 1), note, NullableString(reader, 3)));
            }
        }

        var journal = new List<JournalEntry>();
        await using (var command = Command(connection, null, $"SELECT at, text, emotion FROM {T("journal")} WHERE user_id = @u ORDER BY at, id", ("@u", userId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var text = await Encryptor.DecryptStringAsync((byte[])reader[1], userId, cancellationToken).ConfigureAwait(false);
                journal.Add(new JournalEntry(userId, ReadTime(reader, 0), text, NullableString(reader, 2)));
            }
        }

        var audit = new List<AuditEvent>();
        await using (var command = Command(connection, null, $"SELECT {AuditColumns} FROM {T("audit")} WHERE user_id = @u ORDER BY at, id", ("@u", userId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                audit.Add(ReadAudit(reader));
            }
        }

        return new UserDataExport
        {
            UserId = userId,
            ExportedAt = Time.GetUtcNow(),
            Moods = moods,
            Journal = journal,
            Feedback = await ReadFeedbackAsync(connection, "WHERE user_id = @p", userId, cancellationToken).ConfigureAwait(false),
            Questionnaires = await ReadQuestionnairesAsync(connection, userId, cancellationToken).ConfigureAwait(false),
            Conversation = conversation,
            Audit = audit,
        };
    }

    /// <summary>
    /// Deletes every row of the user in small transactions (<see cref="EraseBatch"/> rows each), so other users' writes wait
    /// for one short transaction at most, never for the whole erasure. Interrupted, it is completed by running it again.
    /// </summary>
    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        StoreArguments.User(userId, nameof(userId));
        foreach (var table in UserTables)
        {
            var sql = table == "conversations"
                ? $"DELETE FROM {T(table)} WHERE user_id = @u"
                : $"DELETE FROM {T(table)} WHERE id IN (SELECT id FROM {T(table)} WHERE user_id = @u LIMIT {EraseBatch})";
            while (await ExecuteWriteAsync(sql, cancellationToken, ("@u", userId)).ConfigureAwait(false) >= EraseBatch)
            {
            }
        }

        await AfterDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The ids of the keys stored data was written under that the key provider does not have; looking them up creates no key.
    /// A store with such data refuses to start rather than start a new key ring beside data it cannot read.
    /// </summary>
    public async Task CheckKeysAsync(DbConnection connection, string database, CancellationToken cancellationToken)
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (table, _, _) in Encrypted)
        {
            await using var command = Command(connection, null, $"SELECT DISTINCT key_id FROM {T(table)} WHERE key_id IS NOT NULL");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                used.Add(reader.GetString(0));
            }
        }

        var unknown = await Encryptor.UnknownKeysAsync(used, cancellationToken).ConfigureAwait(false);
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"{database} holds data encrypted under {(unknown.Count == 1 ? "key" : "keys")} {string.Join(", ", unknown.Select(k => $"'{k}'"))} "
                + $"that {Encryptor.DescribeKeys()} does not have. Restore that key file (or set KeyFile to where it is); no new key was created.");
        }
    }

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        StoreArguments.Audit(auditEvent);
        return ExecuteWriteAsync(
            $"INSERT INTO {T("audit")} (user_id, at, kind, level, categories, detail) VALUES (@u, @t, @k, @l, @c, @d)",
            cancellationToken,
            ("@u", auditEvent.UserId),
            ("@t", TimeValue(auditEvent.At)),
            ("@k", auditEvent.Kind.ToString()),
            ("@l", auditEvent.Level.ToString()),
            ("@c", StoreJson.Categories(auditEvent.Categories ?? [])),
            ("@d", auditEvent.Detail));
    }

    public async Task<IReadOnlyList<AuditEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        return await ReadBetweenAsync(AuditColumns, "audit", from, to, ReadAudit, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var statements = new List<(string Sql, object Cutoff)>();
        if (retention is { } kept)
        {
            statements.Add(($"DELETE FROM {T("conversations")} WHERE updated_at < @c", TimeValue(now - kept)));
            statements.AddRange(DatedTables.Select(t => ($"DELETE FROM {T(t)} WHERE at < @c", TimeValue(now - kept))));
        }

        if (auditRetention is { } auditKept)
        {
            statements.Add(($"DELETE FROM {T("audit")} WHERE at < @c", TimeValue(now - auditKept)));
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
                    await using var command = Command(connection, transaction, sql, ("@c", cutoff));
                    rows += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return rows;
            },
            cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            await AfterDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }

    public async Task<int> RekeyAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var done = await WriteAsync(
                async (connection, transaction) => await RekeyRowsAsync(connection, transaction, userId: null, limit: 500, cancellationToken).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            total += done;
            if (done == 0)
            {
                return total;
            }
        }
    }

    /// <summary>An open connection (the schema migrated).</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction and commits it.</summary>
    protected abstract Task<TResult> WriteAsync<TResult>(Func<DbConnection, DbTransaction, Task<TResult>> work, CancellationToken cancellationToken);

    /// <summary>How a time is stored.</summary>
    protected abstract object TimeValue(DateTimeOffset value);

    /// <summary>How a stored time is read.</summary>
    protected abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Runs after rows were deleted (SQLite truncates its WAL).</summary>
    protected virtual Task AfterDeleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private string T(string table) => tablePrefix + table;

    private Task<int> ExecuteWriteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = Command(connection, transaction, sql, parameters);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    private Task<int> AddUserRowAsync(string userId, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = Command(connection, transaction, sql, parameters);
                var rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

                // Lazy rotation: the user's values under older keys are re-encrypted with the current key on their next write.
                await RekeyRowsAsync(connection, transaction, userId, limit: int.MaxValue, cancellationToken).ConfigureAwait(false);
                return rows;
            },
            cancellationToken);

    private async Task<int> RekeyRowsAsync(DbConnection connection, DbTransaction transaction, string? userId, int limit, CancellationToken cancellationToken)
    {
        var current = await Encryptor.CurrentKeyIdAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(string Table, string Key, string Column, object RowKey, string UserId, byte[] Data)>();
        foreach (var (table, key, column) in Encrypted)
        {
            var parameters = new List<(string, object?)> { ("@k", current), ("@n", limit - rows.Count) };
            var filter = string.Empty;
            if (userId is not null)
            {
                filter = " AND user_id = @u";
                parameters.Add(("@u", userId));
            }

            await using var select = Command(
                connection,
                transaction,
                $"SELECT {key}, user_id, {column} FROM {T(table)} WHERE key_id IS NOT NULL AND key_id <> @k{filter} LIMIT @n{LockClause}",
                [.. parameters]);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((table, key, column, reader.GetValue(0), reader.GetString(1), (byte[])reader[2]));
            }

            if (rows.Count >= limit)
            {
                break;
            }
        }

        foreach (var row in rows)
        {
            var plain = await Encryptor.DecryptAsync(row.Data, row.UserId, cancellationToken).ConfigureAwait(false);
            var value = await Sealed.SealAsync(Encryptor, plain, row.UserId, cancellationToken).ConfigureAwait(false);
            await using var update = Command(
                connection,
                transaction,
                $"UPDATE {T(row.Table)} SET key_id = @k, {row.Column} = @d WHERE {row.Key} = @r",
                ("@k", value.KeyId),
                ("@d", value.Data),
                ("@r", row.RowKey));
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows.Count;
    }

    private async Task<IReadOnlyList<ExerciseFeedback>> ReadFeedbackAsync(DbConnection connection, string where, object parameter, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, $"SELECT user_id, at, exercise_id, outcome, rating, context FROM {T("feedback")} {where} ORDER BY at, id", ("@p", parameter));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ExerciseFeedback>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new ExerciseFeedback(
                reader.GetString(0),
                ReadTime(reader, 1),
                reader.GetString(2),
                Enum.Parse<ExerciseOutcome>(reader.GetString(3)),
                reader.IsDBNull(4) ? null : Int(reader, 4),
                NullableString(reader, 5)));
        }

        return list;
    }

    private async Task<IReadOnlyList<QuestionnaireResult>> ReadQuestionnairesAsync(DbConnection connection, string userId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, $"SELECT at, questionnaire_id, score, severity, answers FROM {T("questionnaires")} WHERE user_id = @u ORDER BY at, id", ("@u", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<QuestionnaireResult>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var answers = await Encryptor.DecryptAsync((byte[])reader[4], userId, cancellationToken).ConfigureAwait(false);
            list.Add(new QuestionnaireResult(userId, ReadTime(reader, 0), reader.GetString(1), Int(reader, 2), reader.GetString(3), StoreJson.DeserializeAnswers(answers)));
        }

        return list;
    }

    /// <summary>The rows of <paramref name="table"/> whose <c>at</c> lies between two times (inclusive), oldest first.</summary>
    private async Task<IReadOnlyList<TRow>> ReadBetweenAsync<TRow>(string columns, string table, DateTimeOffset from, DateTimeOffset to, Func<DbDataReader, TRow> map, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            $"SELECT {columns} FROM {T(table)} WHERE at >= @f AND at <= @t ORDER BY at, id",
            ("@f", TimeValue(from)),
            ("@t", TimeValue(to)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private AuditEvent ReadAudit(DbDataReader reader) => new(
        reader.GetString(0),
        ReadTime(reader, 1),
        Enum.Parse<AuditEventKind>(reader.GetString(2)),
        Enum.Parse<RiskLevel>(reader.GetString(3)),
        StoreJson.ParseCategories(NullableString(reader, 4)),
        NullableString(reader, 5));

    private static int Int(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
