using System.Text.Json;
using Microsoft.Data.Sqlite;
using WellbeingKit.Channels.Sms;

namespace WellbeingKit.Samples.Humanitarian;

/// <summary>
/// The SMS channel's durable state in its own SQLite file (<c>sms.db</c> beside the kit's database): the suppression list
/// (opt-outs survive a restart), the numbered options and the rest of the last reply, and the gateway message ids answered
/// (so a redelivery after a restart still changes nothing). Rows are keyed by the pseudonymous user id, never a number.
/// </summary>
internal sealed class SqliteSmsChannelStore : ISmsChannelStore
{
    private readonly string _connectionString;

    public SqliteSmsChannelStore(string path)
    {
        _connectionString = SampleSqlite.Create(path, """
            CREATE TABLE IF NOT EXISTS suppression (user_id TEXT PRIMARY KEY, suppressed INTEGER NOT NULL, at INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS pending (user_id TEXT PRIMARY KEY, options TEXT NOT NULL, rest TEXT);
            CREATE TABLE IF NOT EXISTS answered (message_key TEXT PRIMARY KEY, at INTEGER NOT NULL);
            """);
    }

    public ValueTask<bool> IsSuppressedAsync(string userId, CancellationToken cancellationToken)
    {
        using var connection = Open();
        return ValueTask.FromResult(SampleSqlite.Scalar(connection, "SELECT suppressed FROM suppression WHERE user_id = $u", ("$u", userId)) is long s && s == 1);
    }

    public ValueTask SetSuppressedAsync(string userId, bool suppressed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var connection = Open();
        SampleSqlite.Execute(connection, "INSERT INTO suppression (user_id, suppressed, at) VALUES ($u, $s, $a) ON CONFLICT (user_id) DO UPDATE SET suppressed = $s, at = $a",
            ("$u", userId), ("$s", suppressed ? 1 : 0), ("$a", at.ToUnixTimeMilliseconds()));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<string>> GetOptionsAsync(string userId, CancellationToken cancellationToken)
    {
        using var connection = Open();
        var json = SampleSqlite.Scalar(connection, "SELECT options FROM pending WHERE user_id = $u", ("$u", userId)) as string;
        return ValueTask.FromResult<IReadOnlyList<string>>(json is null ? [] : JsonSerializer.Deserialize<string[]>(json) ?? []);
    }

    public ValueTask SetPendingAsync(string userId, IReadOnlyList<string> options, string? rest, CancellationToken cancellationToken)
    {
        using var connection = Open();
        SampleSqlite.Execute(connection, "INSERT INTO pending (user_id, options, rest) VALUES ($u, $o, $r) ON CONFLICT (user_id) DO UPDATE SET options = $o, rest = $r",
            ("$u", userId), ("$o", JsonSerializer.Serialize(options)), ("$r", rest));
        return ValueTask.CompletedTask;
    }

    public ValueTask<string?> TakeRestAsync(string userId, CancellationToken cancellationToken)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var rest = SampleSqlite.Scalar(connection, "SELECT rest FROM pending WHERE user_id = $u", ("$u", userId)) as string;
        SampleSqlite.Execute(connection, "UPDATE pending SET rest = NULL WHERE user_id = $u", ("$u", userId));
        transaction.Commit();
        return ValueTask.FromResult(rest);
    }

    public ValueTask<bool> TryMarkAnsweredAsync(string messageKey, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var connection = Open();
        var added = SampleSqlite.Execute(connection, "INSERT OR IGNORE INTO answered (message_key, at) VALUES ($k, $a)", ("$k", messageKey), ("$a", at.ToUnixTimeMilliseconds()));
        return ValueTask.FromResult(added == 1);
    }

    public ValueTask<bool> WasAnsweredAsync(string messageKey, CancellationToken cancellationToken)
    {
        using var connection = Open();
        return ValueTask.FromResult(SampleSqlite.Scalar(connection, "SELECT 1 FROM answered WHERE message_key = $k", ("$k", messageKey)) is not null);
    }

    private SqliteConnection Open() => SampleSqlite.Open(_connectionString);
}
