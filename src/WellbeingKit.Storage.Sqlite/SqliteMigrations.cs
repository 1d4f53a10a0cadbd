using Microsoft.Data.Sqlite;

namespace WellbeingKit.Storage.Sqlite;

/// <summary>The schema, as numbered migrations recorded in <c>PRAGMA user_version</c>; applied in one write transaction at open.</summary>
internal static class SqliteMigrations
{
    private static readonly string[] Migrations =
    [
        // 1: the first schema. Times are UTC ticks; encrypted values are AES-GCM blobs with their key id beside them.
        """
        CREATE TABLE conversations (
            user_id TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL CHECK (version > 0),
            updated_at INTEGER NOT NULL,
            key_id TEXT NOT NULL,
            state BLOB NOT NULL);
        CREATE INDEX conversations_updated ON conversations (updated_at);
        CREATE TABLE moods (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL,
            at INTEGER NOT NULL,
            mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
            emotion TEXT,
            key_id TEXT,
            note BLOB);
        CREATE INDEX moods_user ON moods (user_id, at);
        CREATE INDEX moods_at ON moods (at);
        CREATE TABLE journal (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL,
            at INTEGER NOT NULL,
            emotion TEXT,
            key_id TEXT NOT NULL,
            text BLOB NOT NULL);
        CREATE INDEX journal_user ON journal (user_id, at);
        CREATE INDEX journal_at ON journal (at);
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL,
            at INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            outcome TEXT NOT NULL,
            rating INTEGER CHECK (rating BETWEEN 1 AND 5),
            context TEXT);
        CREATE INDEX feedback_user ON feedback (user_id, at);
        CREATE INDEX feedback_at ON feedback (at);
        CREATE TABLE questionnaires (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL,
            at INTEGER NOT NULL,
            questionnaire_id TEXT NOT NULL,
            score INTEGER NOT NULL,
            severity TEXT NOT NULL,
            key_id TEXT NOT NULL,
            answers BLOB NOT NULL);
        CREATE INDEX questionnaires_user ON questionnaires (user_id, at);
        CREATE INDEX questionnaires_at ON questionnaires (at);
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL,
            at INTEGER NOT NULL,
            kind TEXT NOT NULL,
            level TEXT NOT NULL,
            categories TEXT NOT NULL,
            detail TEXT);
        CREATE INDEX audit_at ON audit (at);
        CREATE INDEX audit_user ON audit (user_id);
        """,

        // 2: care between conversations (issue 19): one encrypted care record per user, the next check-in's due time in
        // the clear for the due query, and the lease of the host that claimed it.
        """
        CREATE TABLE care (
            user_id TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL CHECK (version > 0),
            next_due_at INTEGER,
            lease_owner TEXT,
            lease_until INTEGER,
            key_id TEXT NOT NULL,
            payload BLOB NOT NULL);
        CREATE INDEX care_due ON care (next_due_at) WHERE next_due_at IS NOT NULL;
        """,

        // 3: safety plans (issue 15): one encrypted plan per user, kept until erased.
        """
        CREATE TABLE safety_plans (
            user_id TEXT NOT NULL PRIMARY KEY,
            updated_at INTEGER NOT NULL,
            key_id TEXT NOT NULL,
            plan BLOB NOT NULL);
        """,
    ];

    /// <summary>The schema version this code writes.</summary>
    public static int LatestVersion => Migrations.Length;

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Switches the file to WAL and applies the missing migrations. Idempotent; safe when several processes open the file at once.</summary>
    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        {
            var wal = connection.CreateCommand();
            await using var walScope = wal.ConfigureAwait(false);

            wal.CommandText = "PRAGMA journal_mode = WAL";
            var mode = (string?)await wal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"SQLite database '{connection.DataSource}' could not be switched to WAL mode (journal_mode is '{mode}').");
            }
        }

        if (CurrentVersion(connection) == LatestVersion)
        {
            return;
        }

        // BEGIN IMMEDIATE takes the write lock, so a second process waits and then sees the migrated version.
        var transaction = connection.BeginTransaction(deferred: false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        var version = CurrentVersion(connection);
        if (version > LatestVersion)
        {
            throw new InvalidOperationException(
                $"SQLite database '{connection.DataSource}' has schema version {version}, newer than this WellbeingKit ({LatestVersion}): upgrade the package.");
        }

        for (var next = version; next < LatestVersion; next++)
        {
            var command = connection.CreateCommand();
            await using var commandScope = command.ConfigureAwait(false);
            command.Transaction = transaction;
            command.CommandText = Migrations[next] + $"\nPRAGMA user_version = {next + 1};";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
