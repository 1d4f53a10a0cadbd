using System.Data.Common;
using WellbeingKit.Care;
using static WellbeingKit.Storage.SqlCommands;

#if WELLBEINGKIT_STORAGE_SQLITE
namespace WellbeingKit.Storage.Sqlite;
#elif WELLBEINGKIT_STORAGE_POSTGRES
namespace WellbeingKit.Storage.Postgres;
#endif

/// <content>
/// The care store (issue 19): one encrypted care record per user (table <c>care</c>; exported and erased with the user's
/// data, kept until erased), and claims on due check-ins as a lease on that row (<c>lease_owner</c>, <c>lease_until</c>), so
/// that several hosts on one database send each due check-in once; a host that dies holding a claim loses it when the
/// lease runs out, and the next host sends the same check-in (same due time, same dedupe key): at least once.
/// </content>
public abstract partial class SqlWellbeingStore : ICareStore
{
    /// <inheritdoc />
    async Task<CareRecord?> ICareStore.GetAsync(string userId, CancellationToken cancellationToken)
    {
        StoreArguments.User(userId, nameof(userId));
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        return await ReadCareAsync(connection, userId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    async Task<CareRecord?> ICareStore.TrySaveAsync(CareRecord record, CancellationToken cancellationToken)
    {
        StoreArguments.Care(record);
        var saved = record with { Version = record.Version + 1 };
        var payload = await Sealed.SealAsync(Encryptor, CareRecordJson.Serialize(saved), record.UserId, cancellationToken).ConfigureAwait(false);
        var due = saved.NextDueAt is { } at ? TimeValue(at) : null;
        var changed = record.Version == 0
            ? await ExecuteWriteAsync(
                $"INSERT INTO {T("care")} (user_id, version, next_due_at, key_id, payload) VALUES (@u, 1, @d, @k, @p) ON CONFLICT (user_id) DO NOTHING",
                cancellationToken,
                ("@u", record.UserId),
                ("@d", due),
                ("@k", payload.KeyId),
                ("@p", payload.Data)).ConfigureAwait(false)
            : await ExecuteWriteAsync(
                $"UPDATE {T("care")} SET version = @v + 1, next_due_at = @d, key_id = @k, payload = @p WHERE user_id = @u AND version = @v",
                cancellationToken,
                ("@u", record.UserId),
                ("@v", record.Version),
                ("@d", due),
                ("@k", payload.KeyId),
                ("@p", payload.Data)).ConfigureAwait(false);
        return changed == 1 ? saved : null;
    }

    /// <inheritdoc />
    async Task<IReadOnlyList<CheckInClaim>> ICareStore.ClaimDueAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        if (max <= 0)
        {
            return [];
        }

        // One statement in one write transaction. PostgreSQL: the rows are locked with SKIP LOCKED, so a second host's
        // claim passes over them, and a row another host claimed (and committed) meanwhile is re-checked against the
        // lease condition before it is taken. SQLite: the write transaction holds the database's write lock.
        var until = now + lease;
        var claims = await WriteAsync(
            async (connection, transaction) =>
            {
                var command = Command(
                    connection,
                    transaction,
                    $"UPDATE {T("care")} SET lease_owner = @o, lease_until = @l WHERE user_id IN "
                    + $"(SELECT user_id FROM {T("care")} WHERE next_due_at <= @n AND (lease_until IS NULL OR lease_until <= @n) "
                    + $"ORDER BY next_due_at, user_id LIMIT @m{LockClause}) RETURNING user_id, next_due_at",
                    ("@o", owner),
                    ("@l", TimeValue(until)),
                    ("@n", TimeValue(now)),
                    ("@m", max));
                await using var commandScope = command.ConfigureAwait(false);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using var readerScope = reader.ConfigureAwait(false);
                var rows = new List<CheckInClaim>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(new CheckInClaim(reader.GetString(0), ReadTime(reader, 1), owner, until));
                }

                return rows;
            },
            cancellationToken).ConfigureAwait(false);
        return [.. claims.OrderBy(c => c.DueAt).ThenBy(c => c.UserId, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    Task ICareStore.ReleaseAsync(CheckInClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return ExecuteWriteAsync(
            $"UPDATE {T("care")} SET lease_owner = NULL, lease_until = NULL WHERE user_id = @u AND lease_owner = @o",
            cancellationToken,
            ("@u", claim.UserId),
            ("@o", claim.Owner));
    }

    private async Task<CareRecord?> ReadCareAsync(DbConnection connection, string userId, CancellationToken cancellationToken)
    {
        var command = Command(connection, null, $"SELECT version, payload FROM {T("care")} WHERE user_id = @u", ("@u", userId));
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var version = reader.GetInt64(0);
        var json = await Encryptor.DecryptAsync((byte[])reader[1], userId, cancellationToken).ConfigureAwait(false);
        var record = CareRecordJson.Deserialize(json, version);
        if (!string.Equals(record.UserId, userId, StringComparison.Ordinal))
        {
            throw new InvalidDataException("A stored care record names another user than the row it is stored in.");
        }

        return record;
    }
}
