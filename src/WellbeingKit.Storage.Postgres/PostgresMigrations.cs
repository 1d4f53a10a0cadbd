using Npgsql;

namespace WellbeingKit.Storage.Postgres;

/// <summary>The schema, as numbered migrations recorded in <c>&lt;schema&gt;.schema_version</c>, applied under an advisory lock so several instances can start at once.</summary>
internal static class PostgresMigrations
{
    private static readonly string[] Migrations =
    [
        // 1: the first schema. Encrypted values are AES-GCM bytea with their key id beside them.
        """
        CREATE TABLE {s}.conversations (
            user_id text NOT NULL PRIMARY KEY,
            version bigint NOT NULL CHECK (version > 0),
            updated_at timestamptz NOT NULL,
            key_id text NOT NULL,
            state bytea NOT NULL);
        CREATE INDEX conversations_updated ON {s}.conversations (updated_at);
        CREATE TABLE {s}.moods (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id text NOT NULL,
            at timestamptz NOT NULL,
            mood smallint NOT NULL CHECK (mood BETWEEN 1 AND 5),
            emotion text,
            key_id text,
            note bytea);
        CREATE INDEX moods_user ON {s}.moods (user_id, at);
        CREATE INDEX moods_at ON {s}.moods (at);
        CREATE TABLE {s}.journal (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id text NOT NULL,
            at timestamptz NOT NULL,
            emotion text,
            key_id text NOT NULL,
            text bytea NOT NULL);
        CREATE INDEX journal_user ON {s}.journal (user_id, at);
        CREATE INDEX journal_at ON {s}.journal (at);
        CREATE TABLE {s}.feedback (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id text NOT NULL,
            at timestamptz NOT NULL,
            exercise_id text NOT NULL,
            outcome text NOT NULL,
            rating smallint CHECK (rating BETWEEN 1 AND 5),
            context text);
        CREATE INDEX feedback_user ON {s}.feedback (user_id, at);
        CREATE INDEX feedback_at ON {s}.feedback (at);
        CREATE TABLE {s}.questionnaires (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id text NOT NULL,
            at timestamptz NOT NULL,
            questionnaire_id text NOT NULL,
            score integer NOT NULL,
            severity text NOT NULL,
            key_id text NOT NULL,
            answers bytea NOT NULL);
        CREATE INDEX questionnaires_user ON {s}.questionnaires (user_id, at);
        CREATE INDEX questionnaires_at ON {s}.questionnaires (at);
        CREATE TABLE {s}.audit (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id text NOT NULL,
            at timestamptz NOT NULL,
            kind text NOT NULL,
            level text NOT NULL,
            categories text NOT NULL,
            detail text);
        CREATE INDEX audit_at ON {s}.audit (at);
        CREATE INDEX audit_user ON {s}.audit (user_id);
        """,

        // 2: the transcript as one encrypted row per line, so a turn appends its lines instead of rewriting the whole
        // conversation. Existing conversations keep their transcript inside the state until their next save moves it here.
        """
        CREATE TABLE {s}.transcript (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id text NOT NULL REFERENCES {s}.conversations (user_id) ON DELETE CASCADE,
            seq bigint NOT NULL,
            key_id text NOT NULL,
            line bytea NOT NULL,
            UNIQUE (user_id, seq));
        """,

        // 3: care between conversations (issue 19): one encrypted care record per user, the next check-in's due time in
        // the clear for the due query, and the lease of the host that claimed it (claimed with FOR UPDATE SKIP LOCKED).
        """
        CREATE TABLE {s}.care (
            user_id text NOT NULL PRIMARY KEY,
            version bigint NOT NULL CHECK (version > 0),
            next_due_at timestamptz,
            lease_owner text,
            lease_until timestamptz,
            key_id text NOT NULL,
            payload bytea NOT NULL);
        CREATE INDEX care_due ON {s}.care (next_due_at) WHERE next_due_at IS NOT NULL;
        """,

        // 4: safety plans (issue 15): one encrypted plan per user, kept until erased.
        """
        CREATE TABLE {s}.safety_plans (
            user_id text NOT NULL PRIMARY KEY,
            updated_at timestamptz NOT NULL,
            key_id text NOT NULL,
            plan bytea NOT NULL);
        """,

        // 5: cheaper turns (issue 22). A transcript row holds the lines one save added (a JSON array, encrypted as one
        // value; rows of migration 2 hold one line each and still read), and conversations.transcript_skip says how many
        // lines at the front of the oldest row fell off. Conversations leave room on their page (fillfactor 80) so that a
        // turn's update, which changes no indexed column (updated_at moves at most once an hour), is a HOT update.
        """
        ALTER TABLE {s}.conversations ADD COLUMN transcript_skip integer NOT NULL DEFAULT 0 CHECK (transcript_skip >= 0);
        ALTER TABLE {s}.conversations SET (fillfactor = 80);
        """,
    ];

    /// <summary>The schema version this code writes.</summary>
    public static int LatestVersion => Migrations.Length;

    /// <summary>Creates the schema and applies the missing migrations in one transaction, under a transaction-scoped advisory lock.</summary>
    public static async Task<int> ApplyAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtextextended('wellbeingkit.migrations.' || @s, 0))", cancellationToken, schema).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            transaction,
            $"CREATE SCHEMA IF NOT EXISTS {schema}; CREATE TABLE IF NOT EXISTS {schema}.schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());",
            cancellationToken).ConfigureAwait(false);
        int version;
        {
            var command = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {schema}.schema_version", connection, transaction);
            await using var commandScope = command.ConfigureAwait(false);

            version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (version > LatestVersion)
        {
            throw new InvalidOperationException(
                $"PostgreSQL schema '{schema}' has schema version {version}, newer than this WellbeingKit ({LatestVersion}): upgrade the package.");
        }

        for (var next = version; next < LatestVersion; next++)
        {
            await ExecuteAsync(connection, transaction, Migrations[next].Replace("{s}", schema, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, $"INSERT INTO {schema}.schema_version (version) VALUES ({next + 1})", cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return LatestVersion;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, string? schemaParameter = null)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        await using var commandScope = command.ConfigureAwait(false);
        if (schemaParameter is not null)
        {
            command.Parameters.AddWithValue("s", schemaParameter);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
