using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using WellbeingKit.Care;

namespace WellbeingKit.Samples.Education;

/// <summary>
/// The web sample's check-in delivery: a website cannot call the student, so each due check-in the kit's
/// <see cref="CheckInScheduler"/> hands over is kept in <c>checkins.db</c> (beside the kit's database, keyed by the
/// pseudonymous user id and the kit's dedupe key) and shown once, as a message from the kit, on the student's next
/// visit to the chat. A redelivery with the same dedupe key (a host that died mid-send) changes nothing; once shown,
/// only the key is kept (so a late redelivery is not shown again) and the text is dropped.
/// </summary>
internal sealed class WebCheckIns : IOutboundChannel
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;

    public WebCheckIns(string path, TimeProvider time)
    {
        _time = time;
        _connectionString = SampleSqlite.Create(path, """
            CREATE TABLE IF NOT EXISTS checkins (dedupe_key TEXT PRIMARY KEY, user_id TEXT NOT NULL, text TEXT, due_at INTEGER NOT NULL, shown_at INTEGER);
            CREATE INDEX IF NOT EXISTS checkins_user ON checkins (user_id, shown_at);
            """);
    }

    public Task SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = string.Join("\n", message.Messages.Select(m => m.Text).Concat(message.QuickReplies.Count == 0 ? [] : [string.Join(" · ", message.QuickReplies.Select(q => q.Label))]));
        using var connection = SampleSqlite.Open(_connectionString);
        SampleSqlite.Execute(connection, "INSERT OR IGNORE INTO checkins (dedupe_key, user_id, text, due_at) VALUES ($k, $u, $t, $d)",
            ("$k", message.DedupeKey), ("$u", message.UserId), ("$t", text), ("$d", message.DueAt.ToUnixTimeMilliseconds()));
        return Task.CompletedTask;
    }

    /// <summary>Takes the check-ins not yet shown to <paramref name="userId"/>, oldest first, and marks them shown.</summary>
    public IReadOnlyList<(string Text, DateTimeOffset DueAt)> Take(string userId)
    {
        using var connection = SampleSqlite.Open(_connectionString);
        using var transaction = connection.BeginTransaction();
        var taken = new List<(string, DateTimeOffset)>();
        using (var command = SampleSqlite.Command(connection, "SELECT text, due_at FROM checkins WHERE user_id = $u AND shown_at IS NULL ORDER BY due_at", ("$u", userId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                taken.Add((reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1))));
            }
        }

        SampleSqlite.Execute(connection, "UPDATE checkins SET shown_at = $n, text = NULL WHERE user_id = $u AND shown_at IS NULL",
            ("$u", userId), ("$n", _time.GetUtcNow().ToUnixTimeMilliseconds()));
        transaction.Commit();
        return taken;
    }

    /// <summary>Forgets everything kept for <paramref name="userId"/> (with the student's data).</summary>
    public void Erase(string userId)
    {
        using var connection = SampleSqlite.Open(_connectionString);
        SampleSqlite.Execute(connection, "DELETE FROM checkins WHERE user_id = $u", ("$u", userId));
    }

    /// <summary>
    /// Adds the student's waiting check-ins to the transcript the chat loads on a visit (<c>GET {prefix}/conversation</c>),
    /// and forgets them when the student erases their data (<c>DELETE {prefix}/data</c>, the chat's erase form).
    /// </summary>
    public static void MapOnNextVisit(WebApplication app, string prefix)
    {
        app.Use(async (http, next) =>
        {
            var checkIns = http.RequestServices.GetRequiredService<WebCheckIns>();
            var userId = SampleHost.PseudonymousUserId(http, CounsellorQueue.StudentKind);
            if (userId is null)
            {
                await next(http);
                return;
            }

            var path = http.Request.Path;
            if (HttpMethods.IsGet(http.Request.Method) && path.Equals(prefix + "/conversation", StringComparison.Ordinal))
            {
                await AddToConversationAsync(http, next, checkIns, userId);
                return;
            }

            await next(http);
            if (http.Response.StatusCode is >= 200 and < 300 && IsErase(http, prefix))
            {
                checkIns.Erase(userId);
            }
        });
    }

    private static bool IsErase(HttpContext http, string prefix) =>
        (HttpMethods.IsDelete(http.Request.Method) && http.Request.Path.Equals(prefix + "/data", StringComparison.Ordinal))
        || (HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(prefix + "/chat/erase", StringComparison.Ordinal));

    private static async Task AddToConversationAsync(HttpContext http, RequestDelegate next, WebCheckIns checkIns, string userId)
    {
        var body = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = body;
        }

        var bytes = buffer.ToArray();
        if (http.Response.StatusCode == StatusCodes.Status200OK && JsonNode.Parse(bytes) is JsonObject conversation)
        {
            var shown = checkIns.Take(userId);
            if (shown.Count > 0)
            {
                var transcript = conversation["transcript"] as JsonArray ?? [];
                conversation["transcript"] = transcript;
                foreach (var (text, dueAt) in shown)
                {
                    transcript.Add(new JsonObject { ["speaker"] = "kit", ["text"] = text, ["at"] = dueAt });
                }

                bytes = JsonSerializer.SerializeToUtf8Bytes(conversation);
            }
        }

        http.Response.ContentLength = bytes.Length;
        await body.WriteAsync(bytes, http.RequestAborted);
    }
}
