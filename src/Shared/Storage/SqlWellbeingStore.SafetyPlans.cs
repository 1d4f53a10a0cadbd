using System.Data.Common;
using WellbeingKit.Safety;
using static WellbeingKit.Storage.SqlCommands;

#if WELLBEINGKIT_STORAGE_SQLITE
namespace WellbeingKit.Storage.Sqlite;
#elif WELLBEINGKIT_STORAGE_POSTGRES
namespace WellbeingKit.Storage.Postgres;
#endif

/// <content>
/// Safety plans (issue 15): one encrypted plan per user (table <c>safety_plans</c>), kept until erased, exported and erased
/// with the user's data. A section is replaced inside one write transaction (read, change, write), so two sections written
/// at once both stay.
/// </content>
public abstract partial class SqlWellbeingStore : ISafetyPlanStore
{
    /// <inheritdoc />
    async Task<SafetyPlan?> ISafetyPlanStore.GetSafetyPlanAsync(string userId, CancellationToken cancellationToken)
    {
        StoreArguments.User(userId, nameof(userId));
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        return await ReadSafetyPlanAsync(connection, userId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    async Task<SafetyPlan> ISafetyPlanStore.SetSafetyPlanSectionAsync(string userId, string section, IReadOnlyList<string> items, DateTimeOffset at, CancellationToken cancellationToken)
    {
        SafetyPlanEdit.Check(userId, section, items);
        return await WriteAsync(
            async (connection, transaction) =>
            {
                // The row exists first (a second writer's insert waits for this one), so PostgreSQL can lock it; SQLite's
                // write transaction holds the database's write lock anyway.
                var empty = await Sealed.SealAsync(Encryptor, StoreJson.SerializePlan(new SafetyPlan { UserId = userId, UpdatedAt = at }), userId, cancellationToken).ConfigureAwait(false);
                var ensure = Command(
                    connection,
                    transaction,
                    $"INSERT INTO {T("safety_plans")} (user_id, updated_at, key_id, plan) VALUES (@u, @t, @k, @p) ON CONFLICT (user_id) DO NOTHING",
                    ("@u", userId),
                    ("@t", TimeValue(at)),
                    ("@k", empty.KeyId),
                    ("@p", empty.Data));
                await using (ensure.ConfigureAwait(false))
                {
                    await ensure.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                var current = await ReadSafetyPlanAsync(connection, userId, cancellationToken, transaction, LockClause.Length > 0 ? " FOR UPDATE" : "").ConfigureAwait(false);
                var plan = SafetyPlanEdit.With(current, userId, section, items, at);
                var value = await Sealed.SealAsync(Encryptor, StoreJson.SerializePlan(plan), userId, cancellationToken).ConfigureAwait(false);
                var command = Command(
                    connection,
                    transaction,
                    $"INSERT INTO {T("safety_plans")} (user_id, updated_at, key_id, plan) VALUES (@u, @t, @k, @p) "
                    + "ON CONFLICT (user_id) DO UPDATE SET updated_at = excluded.updated_at, key_id = excluded.key_id, plan = excluded.plan",
                    ("@u", userId),
                    ("@t", TimeValue(at)),
                    ("@k", value.KeyId),
                    ("@p", value.Data));
                await using var commandScope = command.ConfigureAwait(false);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return plan;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<SafetyPlan?> ReadSafetyPlanAsync(DbConnection connection, string userId, CancellationToken cancellationToken, DbTransaction? transaction = null, string lockClause = "")
    {
        var command = Command(connection, transaction, $"SELECT plan FROM {T("safety_plans")} WHERE user_id = @u{lockClause}", ("@u", userId));
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var json = await Encryptor.DecryptAsync((byte[])reader[0], userId, cancellationToken).ConfigureAwait(false);
        return StoreJson.DeserializePlan(json, userId);
    }
}
