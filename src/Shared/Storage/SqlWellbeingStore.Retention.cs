using System.Data.Common;
using static WellbeingKit.Storage.SqlCommands;

#if WELLBEINGKIT_STORAGE_SQLITE
namespace WellbeingKit.Storage.Sqlite;
#elif WELLBEINGKIT_STORAGE_POSTGRES
namespace WellbeingKit.Storage.Postgres;
#endif

/// <content>Data retention and keys: purging what is past its retention, re-encrypting under the current key, and the start-up key check.</content>
public abstract partial class SqlWellbeingStore
{
    private static readonly string[] DatedTables = ["moods", "journal", "feedback", "questionnaires"];

    /// <summary>
    /// Deletes entries older than the options' <c>Retention</c> (and audit events older than <c>AuditRetention</c>), measured
    /// on the store's clock, in one transaction; the SQLite store then truncates its WAL.
    /// </summary>
    /// <param name="cancellationToken">Cancels the purge.</param>
    /// <returns>How many rows were deleted.</returns>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = Time.GetUtcNow();
        var statements = new List<(string Sql, object Cutoff)>();
        if (_retention is { } kept)
        {
            statements.Add(($"DELETE FROM {T("conversations")} WHERE updated_at < @c", TimeValue(now - kept - UpdatedAtStep)));
            statements.AddRange(DatedTables.Select(t => ($"DELETE FROM {T(t)} WHERE at < @c", TimeValue(now - kept))));
        }

        if (_auditRetention is { } auditKept)
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
                    var command = Command(connection, transaction, sql, ("@c", cutoff));
                    await using var commandScope = command.ConfigureAwait(false);
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

    /// <summary>Re-encrypts every value written under an older key with the current key (after a rotation), in batches.</summary>
    /// <param name="cancellationToken">Cancels the pass (what was done stays done).</param>
    /// <returns>How many values were re-encrypted.</returns>
    public async Task<int> RekeyAsync(CancellationToken cancellationToken = default)
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

    /// <summary>
    /// Refuses to start when stored data was written under keys the key provider does not have (looking them up creates no
    /// key), rather than start a new key ring beside data it cannot read.
    /// </summary>
    private protected async Task CheckKeysAsync(DbConnection connection, string database, CancellationToken cancellationToken)
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (table, _, _) in Encrypted)
        {
            var command = Command(connection, null, $"SELECT DISTINCT key_id FROM {T(table)} WHERE key_id IS NOT NULL");
            await using var commandScope = command.ConfigureAwait(false);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);
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

            var select = Command(
                connection,
                transaction,
                $"SELECT {key}, user_id, {column} FROM {T(table)} WHERE key_id IS NOT NULL AND key_id <> @k{filter} LIMIT @n{LockClause}",
                [.. parameters]);
            await using var selectScope = select.ConfigureAwait(false);
            var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);
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
            var update = Command(
                connection,
                transaction,
                $"UPDATE {T(row.Table)} SET key_id = @k, {row.Column} = @d WHERE {row.Key} = @r",
                ("@k", value.KeyId),
                ("@d", value.Data),
                ("@r", row.RowKey));
            await using var updateScope = update.ConfigureAwait(false);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows.Count;
    }
}
