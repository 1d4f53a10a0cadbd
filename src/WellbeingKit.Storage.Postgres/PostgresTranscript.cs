using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using WellbeingKit.Conversations;

namespace WellbeingKit.Storage.Postgres;

/// <content>
/// Conversations on PostgreSQL write what changed. The transcript lives in table <c>transcript</c>: each row holds the
/// lines one save added (encrypted together as one value) and is numbered per user by <c>seq</c>; the rest of the state
/// is a small encrypted value in <c>conversations</c>, whose <c>transcript_skip</c> says how many lines at the front of
/// the oldest row fell off. A save is one statement: the version-checked update of the conversation, the insert of one
/// row with the turn's new lines and the delete of the rows that fell off the front, the last two only when the version
/// check passed. Rows written one line each (migration 2) read as rows of one line.
/// </content>
/// <remarks>
/// Which lines are new: every <see cref="TranscriptLine"/> this store reads or saves is remembered (weakly, by reference)
/// with its user, the version it was read or saved at, its place in that transcript, and where it is stored (row and
/// place in the row). A state saved at version v whose transcript starts with lines of the transcript of version v, in
/// order, up to its last line, needs only the lines after them written. Anything else (lines built by the caller,
/// reordered, or from another process) rewrites the user's lines as one row. The version check in the same statement
/// makes either path exact: when it fails, nothing is written.
/// </remarks>
public sealed partial class PostgresWellbeingStore
{
    /// <summary>How often at most a turn moves <c>updated_at</c> (so that most turns change no indexed column).</summary>
    private static readonly TimeSpan UpdatedAtStepValue = TimeSpan.FromHours(1);

    private readonly ConditionalWeakTable<TranscriptLine, LineTag> _stored = new();
    private string? _readSql;
    private string? _insertSql;
    private string? _updateSql;

    private protected override IReadOnlyList<(string Table, string Key, string Column)> Encrypted { get; } = [.. EncryptedColumns, ("transcript", "id", "line")];

    /// <inheritdoc />
    private protected override TimeSpan UpdatedAtStep => UpdatedAtStepValue;

    /// <summary>The group commit of conversation saves.</summary>
    internal PostgresSaveGroups SaveGroups { get; }

    // A read is one statement (one snapshot: the state and its lines agree) of two plain key look-ups, simple enough that
    // PostgreSQL keeps one generic plan for it: the conversation first (number 0), then its transcript rows.
    private string ReadSql => _readSql ??= $"""
        SELECT 0::bigint, version, transcript_skip, state FROM {Schema}.conversations WHERE user_id = $1
        UNION ALL SELECT seq, NULL, NULL, line FROM {Schema}.transcript WHERE user_id = $1
        ORDER BY 1
        """;

    // $1 user, $2 time, $3 key id, $4 state, $5 the row of new lines (null: none), $6 its key id.
    private string InsertSql => _insertSql ??= $"""
        WITH u AS (INSERT INTO {Schema}.conversations (user_id, version, updated_at, key_id, state) VALUES ($1, 1, $2, $3, $4) ON CONFLICT (user_id) DO NOTHING RETURNING 1),
        i AS (INSERT INTO {Schema}.transcript (user_id, seq, key_id, line) SELECT $1, 1, $6, $5 WHERE $5 IS NOT NULL AND EXISTS (SELECT 1 FROM u))
        SELECT (SELECT count(*) FROM u)::int, 1::bigint
        """;

    // $1 user, $2 time, $3 key id, $4 state, $5 the row of new lines (null: none), $6 its key id, $7 version read,
    // $8 first row kept (rows before it are deleted), $9 lines of that row that fell off, $10 the new row's number (null:
    // after the last stored row, when the lines are rewritten).
    private string UpdateSql => _updateSql ??= $"""
        WITH u AS (UPDATE {Schema}.conversations SET version = $7 + 1, key_id = $3, state = $4, transcript_skip = $9,
                       updated_at = CASE WHEN updated_at <= $2 AND updated_at > $2 - interval '{(long)UpdatedAtStepValue.TotalSeconds} seconds' THEN updated_at ELSE $2 END
                   WHERE user_id = $1 AND version = $7 RETURNING 1),
        n AS (SELECT coalesce($10::bigint, (SELECT coalesce(max(seq), 0) + 1 FROM {Schema}.transcript WHERE user_id = $1)) AS seq),
        d AS (DELETE FROM {Schema}.transcript WHERE user_id = $1 AND seq < $8 AND EXISTS (SELECT 1 FROM u)),
        i AS (INSERT INTO {Schema}.transcript (user_id, seq, key_id, line) SELECT $1, n.seq, $6, $5 FROM n WHERE $5 IS NOT NULL AND EXISTS (SELECT 1 FROM u))
        SELECT (SELECT count(*) FROM u)::int, (SELECT seq FROM n)
        """;

    /// <inheritdoc />
    public override async Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        long version;
        byte[] sealedState;
        int skip;
        var seqs = new List<long>();
        var rows = new List<byte[]>();
        {
            var connection = (NpgsqlConnection)await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var connectionScope = connection.ConfigureAwait(false);
            var command = new NpgsqlCommand(ReadSql, connection);
            await using var commandScope = command.ConfigureAwait(false);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = userId });
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || reader.GetInt64(0) != 0)
            {
                return null;
            }

            version = reader.GetInt64(1);
            skip = reader.GetInt32(2);
            sealedState = reader.GetFieldValue<byte[]>(3);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                seqs.Add(reader.GetInt64(0));
                rows.Add(reader.GetFieldValue<byte[]>(3));
            }
        }

        var state = StoreJson.DeserializeState(await Encryptor.DecryptAsync(sealedState, userId, cancellationToken).ConfigureAwait(false), userId, version);
        if (rows.Count == 0)
        {
            // No line rows: a conversation without a transcript, or one saved before migration 2 (its transcript is in the state).
            return state;
        }

        var transcript = new List<TranscriptLine>();
        var places = new List<(long Seq, int Index)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var lines = StoreJson.DeserializeLines(await Encryptor.DecryptAsync(rows[r], userId, cancellationToken).ConfigureAwait(false), userId);
            for (var i = r == 0 ? Math.Min(skip, lines.Length) : 0; i < lines.Length; i++)
            {
                transcript.Add(lines[i]);
                places.Add((seqs[r], i));
            }
        }

        for (var i = 0; i < transcript.Count; i++)
        {
            _stored.AddOrUpdate(transcript[i], new LineTag(userId, version, i, places[i].Seq, places[i].Index, Last: i == transcript.Count - 1));
        }

        return state with { Transcript = transcript };
    }

    /// <inheritdoc />
    public override async Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default)
    {
        StoreArguments.State(state);
        var saved = state with { Version = state.Version + 1 };
        var transcript = state.Transcript;
        var known = state.Version == 0 ? 0 : KnownPrefix(state);
        Sealed? row = null;
        if (known < transcript.Count)
        {
            row = await Sealed.SealAsync(Encryptor, StoreJson.SerializeLines(transcript.Skip(known)), state.UserId, cancellationToken).ConfigureAwait(false);
        }

        var value = await Sealed.SealAsync(Encryptor, StoreJson.SerializeState(saved with { Transcript = [] }), state.UserId, cancellationToken).ConfigureAwait(false);

        // What stays stored: with a known prefix, the rows from the first kept line's on, skipping the lines before it in
        // its row, and the new row after the last stored one; otherwise every row goes and the new row holds all lines.
        var first = known > 0 && _stored.TryGetValue(transcript[0], out var firstTag) ? firstTag : null;
        var last = known > 0 && _stored.TryGetValue(transcript[known - 1], out var lastTag) ? lastTag : null;
        var now = Time.GetUtcNow();
        NpgsqlBatchCommand Statement()
        {
            var command = new NpgsqlBatchCommand(state.Version == 0 ? InsertSql : UpdateSql);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = state.UserId });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value.KeyId });
            command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = value.Data });
            command.Parameters.Add(new NpgsqlParameter { Value = row is { } r ? r.Data : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bytea });
            command.Parameters.Add(new NpgsqlParameter { Value = row is { } k ? k.KeyId : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            if (state.Version > 0)
            {
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = state.Version });
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = first?.Seq ?? long.MaxValue });
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = first?.Index ?? 0 });
                command.Parameters.Add(new NpgsqlParameter { Value = last is null ? DBNull.Value : last.Seq + 1, NpgsqlDbType = NpgsqlDbType.Bigint });
            }

            return command;
        }

        var (changed, rowSeq) = await SaveGroups.SaveAsync(state.UserId, Statement, cancellationToken).ConfigureAwait(false);
        if (changed != 1)
        {
            return null;
        }

        // Remember the lines as stored at the new version, for the next save.
        for (var i = 0; i < transcript.Count; i++)
        {
            var (seq, index) = i < known && _stored.TryGetValue(transcript[i], out var tag) ? (tag.Seq, tag.Index) : (rowSeq, i - known);
            _stored.AddOrUpdate(transcript[i], new LineTag(state.UserId, saved.Version, i, seq, index, Last: i == transcript.Count - 1));
        }

        return saved;
    }

    /// <summary>
    /// How many lines at the start of the transcript are stored already: lines of the transcript at the state's version, in
    /// order and up to its last line; 0 when the lines must be rewritten.
    /// </summary>
    private int KnownPrefix(ConversationState state)
    {
        var transcript = state.Transcript;
        var known = 0;
        LineTag? previous = null;
        for (; known < transcript.Count; known++)
        {
            if (!_stored.TryGetValue(transcript[known], out var tag) || !tag.Is(state))
            {
                break;
            }

            if (previous is not null && tag.Place != previous.Place + 1)
            {
                return 0;
            }

            previous = tag;
        }

        if (previous is not { Last: true })
        {
            return 0;
        }

        for (var i = known; i < transcript.Count; i++)
        {
            if (_stored.TryGetValue(transcript[i], out var tag) && tag.Is(state))
            {
                return 0;
            }
        }

        return known;
    }

    /// <summary>
    /// Where a transcript line is: the user, the conversation version it was read or saved at, its place in that version's
    /// transcript (and whether it was the last line), and where it is stored (the row's number and its place in the row).
    /// </summary>
    private sealed record LineTag(string UserId, long Version, int Place, long Seq, int Index, bool Last)
    {
        public bool Is(ConversationState state) => Version == state.Version && string.Equals(UserId, state.UserId, StringComparison.Ordinal);
    }
}
