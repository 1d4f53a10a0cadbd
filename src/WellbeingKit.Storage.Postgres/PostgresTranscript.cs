using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using WellbeingKit.Conversations;

namespace WellbeingKit.Storage.Postgres;

/// <content>
/// Conversations on PostgreSQL write what changed: the transcript is one encrypted row per line (table
/// <c>transcript</c>, numbered per user by <c>seq</c>), and the rest of the state is a small encrypted value in
/// <c>conversations</c>. A save appends the turn's new lines and deletes the lines that fell off the front, in one
/// statement with the version check, instead of rewriting the whole encrypted conversation.
/// </content>
/// <remarks>
/// Which lines are new: every <see cref="TranscriptLine"/> this store reads or saves is remembered (weakly, by reference)
/// with its user, version and <c>seq</c>. A state saved at version v whose transcript starts with lines read at version v,
/// ending with the last stored one, needs only the lines after them written. Anything else (lines built by the caller,
/// reordered, or from another process) rewrites the user's lines. The version check in the same statement makes either
/// path exact: when it fails, nothing is written.
/// </remarks>
public sealed partial class PostgresWellbeingStore
{
    private readonly ConditionalWeakTable<TranscriptLine, LineTag> _stored = new();
    private string? _readSql;
    private string? _insertSql;
    private string? _updateSql;

    private protected override IReadOnlyList<(string Table, string Key, string Column)> Encrypted { get; } = [.. EncryptedColumns, ("transcript", "id", "line")];

    private string ReadSql => _readSql ??= $"""
        SELECT c.version, c.state, t.seqs, t.lines FROM {Schema}.conversations c
        LEFT JOIN LATERAL (SELECT array_agg(seq ORDER BY seq) AS seqs, array_agg(line ORDER BY seq) AS lines FROM {Schema}.transcript WHERE user_id = c.user_id) t ON true
        WHERE c.user_id = $1
        """;

    // $1 user, $2 time, $3 key id, $4 state, $5 new lines, $6 their key ids.
    private string InsertSql => _insertSql ??= $"""
        WITH u AS (INSERT INTO {Schema}.conversations (user_id, version, updated_at, key_id, state) VALUES ($1, 1, $2, $3, $4) ON CONFLICT (user_id) DO NOTHING RETURNING 1),
        i AS (INSERT INTO {Schema}.transcript (user_id, seq, key_id, line)
              SELECT $1, x.o, x.k, x.l FROM unnest($5::bytea[], $6::text[]) WITH ORDINALITY AS x(l, k, o) WHERE EXISTS (SELECT 1 FROM u))
        SELECT (SELECT count(*) FROM u)::int, 0::bigint
        """;

    // $1 user, $2 time, $3 key id, $4 state, $5 new lines, $6 their key ids, $7 version read, $8 first seq kept.
    private string UpdateSql => _updateSql ??= $"""
        WITH u AS (UPDATE {Schema}.conversations SET version = $7 + 1, updated_at = $2, key_id = $3, state = $4 WHERE user_id = $1 AND version = $7 RETURNING 1),
        b AS (SELECT coalesce(max(seq), 0) AS base FROM {Schema}.transcript WHERE user_id = $1),
        d AS (DELETE FROM {Schema}.transcript WHERE user_id = $1 AND seq < $8 AND EXISTS (SELECT 1 FROM u)),
        i AS (INSERT INTO {Schema}.transcript (user_id, seq, key_id, line)
              SELECT $1, b.base + x.o, x.k, x.l FROM b, unnest($5::bytea[], $6::text[]) WITH ORDINALITY AS x(l, k, o) WHERE EXISTS (SELECT 1 FROM u))
        SELECT (SELECT count(*) FROM u)::int, (SELECT base FROM b)
        """;

    /// <inheritdoc />
    public override async Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        StoreArguments.User(userId, nameof(userId));
        long version;
        byte[] sealedState;
        long[]? seqs;
        byte[][]? lines;
        {
            var connection = (NpgsqlConnection)await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var connectionScope = connection.ConfigureAwait(false);
            var command = new NpgsqlCommand(ReadSql, connection);
            await using var commandScope = command.ConfigureAwait(false);

            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = userId });
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            version = reader.GetInt64(0);
            sealedState = reader.GetFieldValue<byte[]>(1);
            seqs = reader.IsDBNull(2) ? null : reader.GetFieldValue<long[]>(2);
            lines = reader.IsDBNull(3) ? null : reader.GetFieldValue<byte[][]>(3);
        }

        var state = StoreJson.DeserializeState(await Encryptor.DecryptAsync(sealedState, userId, cancellationToken).ConfigureAwait(false), userId, version);
        if (lines is null || seqs is null || lines.Length == 0)
        {
            // No line rows: a conversation without a transcript, or one saved before migration 2 (its transcript is in the state).
            return state;
        }

        var transcript = new TranscriptLine[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            transcript[i] = StoreJson.DeserializeLine(await Encryptor.DecryptAsync(lines[i], userId, cancellationToken).ConfigureAwait(false), userId);
            _stored.AddOrUpdate(transcript[i], new LineTag(userId, version, seqs[i], Last: i == lines.Length - 1));
        }

        return state with { Transcript = transcript };
    }

    /// <inheritdoc />
    public override async Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default)
    {
        StoreArguments.State(state);
        var saved = state with { Version = state.Version + 1 };
        var transcript = state.Transcript;
        var known = KnownPrefix(state);
        var fresh = transcript.Count - known;
        var lines = new byte[fresh][];
        var keys = new string[fresh];
        for (var j = 0; j < fresh; j++)
        {
            var line = await Sealed.SealAsync(Encryptor, StoreJson.SerializeLine(transcript[known + j]), state.UserId, cancellationToken).ConfigureAwait(false);
            lines[j] = line.Data;
            keys[j] = line.KeyId;
        }

        var value = await Sealed.SealAsync(Encryptor, StoreJson.SerializeState(saved with { Transcript = [] }), state.UserId, cancellationToken).ConfigureAwait(false);
        int changed;
        long seqBase;
        {
            var connection = (NpgsqlConnection)await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var connectionScope = connection.ConfigureAwait(false);
            var command = new NpgsqlCommand(state.Version == 0 ? InsertSql : UpdateSql, connection);
            await using var commandScope = command.ConfigureAwait(false);

            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = state.UserId });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = Time.GetUtcNow(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value.KeyId });
            command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = value.Data });
            command.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = lines, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = keys, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            if (state.Version > 0)
            {
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = state.Version });

                // Lines before the first one kept are deleted; with no known prefix, all of them (the lines are rewritten).
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = known > 0 ? _stored.TryGetValue(transcript[0], out var first) ? first.Seq : long.MaxValue : long.MaxValue });
            }

            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            changed = reader.GetInt32(0);
            seqBase = reader.GetInt64(1);
        }

        if (changed != 1)
        {
            return null;
        }

        // Remember the lines as stored at the new version, for the next save.
        for (var i = 0; i < transcript.Count; i++)
        {
            var seq = i < known && _stored.TryGetValue(transcript[i], out var tag) ? tag.Seq : seqBase + 1 + (i - known);
            _stored.AddOrUpdate(transcript[i], new LineTag(state.UserId, saved.Version, seq, Last: i == transcript.Count - 1));
        }

        return saved;
    }

    /// <summary>
    /// How many lines at the start of the transcript are stored already, at the state's version, in order and up to the
    /// last stored line; 0 when the lines must be rewritten.
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

            if (previous is not null && tag.Seq != previous.Seq + 1)
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

    /// <summary>Where a transcript line is stored: the user, the conversation version it was read or saved at, its number, and whether it was the last line.</summary>
    private sealed record LineTag(string UserId, long Version, long Seq, bool Last)
    {
        public bool Is(ConversationState state) => Version == state.Version && string.Equals(UserId, state.UserId, StringComparison.Ordinal);
    }
}
