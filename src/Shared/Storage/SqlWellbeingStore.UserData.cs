using System.Data.Common;
using WellbeingKit.Care;
using WellbeingKit.Privacy;
using WellbeingKit.UserData;
using static WellbeingKit.Storage.SqlCommands;

#if WELLBEINGKIT_STORAGE_SQLITE
namespace WellbeingKit.Storage.Sqlite;
#elif WELLBEINGKIT_STORAGE_POSTGRES
namespace WellbeingKit.Storage.Postgres;
#endif

/// <content>The user data store: moods, journal, feedback and questionnaire results, their export and erasure.</content>
public abstract partial class SqlWellbeingStore
{
    /// <summary>How many rows one transaction of an erasure deletes.</summary>
    private const int EraseBatch = 200;

    /// <inheritdoc />
    public async Task AddMoodAsync(MoodEntry entry, CancellationToken cancellationToken = default)
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

    /// <inheritdoc />
    public async Task AddJournalAsync(JournalEntry entry, CancellationToken cancellationToken = default)
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

    /// <inheritdoc />
    public Task AddFeedbackAsync(ExerciseFeedback feedback, CancellationToken cancellationToken = default)
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

    /// <inheritdoc />
    public async Task AddQuestionnaireResultAsync(QuestionnaireResult result, CancellationToken cancellationToken = default)
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

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExerciseFeedback>> GetFeedbackAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        return await ReadFeedbackAsync(connection, "WHERE user_id = @p", userId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExerciseFeedback>> GetAllFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        return await ReadFeedbackAsync(connection, "WHERE at >= @p", TimeValue(since), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<QuestionnaireResult>> GetQuestionnaireResultsAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        return await ReadQuestionnairesAsync(connection, userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every questionnaire score between two times (inclusive), oldest first; answers are not read or decrypted.</summary>
    /// <param name="from">The earliest time.</param>
    /// <param name="to">The latest time.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The scores.</returns>
    public async Task<IReadOnlyList<QuestionnaireScore>> ReadScoresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        return await ReadBetweenAsync(
            "user_id, at, questionnaire_id, score",
            "questionnaires",
            from,
            to,
            reader => new QuestionnaireScore(reader.GetString(0), ReadTime(reader, 1), reader.GetString(2), Int(reader, 3)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<UserDataExport> ExportAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        var conversation = await GetAsync(userId, cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var care = await ReadCareAsync(connection, userId, cancellationToken).ConfigureAwait(false);
        var plan = await ReadSafetyPlanAsync(connection, userId, cancellationToken).ConfigureAwait(false);
        var moods = new List<MoodEntry>();
        {
            var command = Command(connection, null, $"SELECT at, mood, note, emotion FROM {T("moods")} WHERE user_id = @u ORDER BY at, id", ("@u", userId));
            await using var commandScope = command.ConfigureAwait(false);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);

            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var note = reader.IsDBNull(2) ? null : await Encryptor.DecryptStringAsync((byte[])reader[2], userId, cancellationToken).ConfigureAwait(false);
                moods.Add(new MoodEntry(userId, ReadTime(reader, 0), Int(reader, 1), note, NullableString(reader, 3)));
            }
        }

        var journal = new List<JournalEntry>();
        {
            var command = Command(connection, null, $"SELECT at, text, emotion FROM {T("journal")} WHERE user_id = @u ORDER BY at, id", ("@u", userId));
            await using var commandScope = command.ConfigureAwait(false);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);

            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var text = await Encryptor.DecryptStringAsync((byte[])reader[1], userId, cancellationToken).ConfigureAwait(false);
                journal.Add(new JournalEntry(userId, ReadTime(reader, 0), text, NullableString(reader, 2)));
            }
        }

        var audit = new List<AuditEvent>();
        {
            var command = Command(connection, null, $"SELECT {AuditColumns} FROM {T("audit")} WHERE user_id = @u ORDER BY at, id", ("@u", userId));
            await using var commandScope = command.ConfigureAwait(false);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);

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
            Care = care is null ? null : CareDataExport.From(care),
            SafetyPlan = plan,
        };
    }

    /// <summary>
    /// Erases everything kept about the user (conversation, care record, safety plan, moods, journal, feedback, questionnaires and audit events) in small
    /// transactions (200 rows each), so other users' writes wait for one short transaction at most, never for the whole
    /// erasure; interrupted, it completes when run again. The SQLite store then checkpoints and truncates its WAL, so no copy
    /// of the deleted pages remains on disk (<c>secure_delete</c> zeroes them in the database file), holding up writers for at
    /// most its <c>CheckpointWait</c> at a time. PostgreSQL keeps dead row versions until VACUUM; they hold only ciphertext
    /// and the user id.
    /// </summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the erasure.</param>
    /// <returns>A task that completes when nothing of the user remains.</returns>
    public async Task EraseAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        foreach (var table in UserTables)
        {
            var sql = table is "conversations" or "care" or "safety_plans"
                ? $"DELETE FROM {T(table)} WHERE user_id = @u"
                : $"DELETE FROM {T(table)} WHERE id IN (SELECT id FROM {T(table)} WHERE user_id = @u LIMIT {EraseBatch})";
            while (await ExecuteWriteAsync(sql, cancellationToken, ("@u", userId)).ConfigureAwait(false) >= EraseBatch)
            {
            }
        }

        await AfterDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<int> AddUserRowAsync(string userId, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => WriteAsync(
            async (connection, transaction) =>
            {
                var command = Command(connection, transaction, sql, parameters);
                await using var commandScope = command.ConfigureAwait(false);
                var rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

                // Lazy rotation: the user's values under older keys are re-encrypted with the current key on their next write.
                await RekeyRowsAsync(connection, transaction, userId, limit: int.MaxValue, cancellationToken).ConfigureAwait(false);
                return rows;
            },
            cancellationToken);

    private async Task<IReadOnlyList<ExerciseFeedback>> ReadFeedbackAsync(DbConnection connection, string where, object parameter, CancellationToken cancellationToken)
    {
        var command = Command(connection, null, $"SELECT user_id, at, exercise_id, outcome, rating, context FROM {T("feedback")} {where} ORDER BY at, id", ("@p", parameter));
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
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
        var command = Command(connection, null, $"SELECT at, questionnaire_id, score, severity, answers FROM {T("questionnaires")} WHERE user_id = @u ORDER BY at, id", ("@u", userId));
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        var list = new List<QuestionnaireResult>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var answers = await Encryptor.DecryptAsync((byte[])reader[4], userId, cancellationToken).ConfigureAwait(false);
            list.Add(new QuestionnaireResult(userId, ReadTime(reader, 0), reader.GetString(1), Int(reader, 2), reader.GetString(3), StoreJson.DeserializeAnswers(answers)));
        }

        return list;
    }
}
