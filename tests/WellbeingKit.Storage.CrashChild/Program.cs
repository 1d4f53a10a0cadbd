using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Sqlite;
using WellbeingKit.UserData;

namespace WellbeingKit.Storage.CrashChild;

/// <summary>
/// Writes turns to a SQLite store until killed: each turn appends a transcript line to one of five conversations and a
/// journal entry, then prints <c>ack &lt;turn id&gt;</c> once both are committed.
/// Usage: <c>CrashChild &lt;database&gt; &lt;key file&gt; &lt;run id&gt;</c>.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 3)
        {
            await Console.Error.WriteLineAsync("usage: CrashChild <database> <key file> <run id>");
            return 2;
        }

        using var store = new SqliteWellbeingStore(new SqliteStorageOptions { Path = args[0] }, new FileKeyProvider(args[1]));
        await store.InitializeAsync();
        Console.Out.WriteLine("ready");
        Console.Out.Flush();
        for (var i = 0; ; i++)
        {
            var turnId = $"{args[2]}-{i}";
            var userId = $"crash-user-{i % 5}";
            while (true)
            {
                var state = await store.GetAsync(userId) ?? new ConversationState { UserId = userId };
                var line = new TranscriptLine(Speaker.User, turnId, DateTimeOffset.UtcNow);
                if (await store.TrySaveAsync(state with { Transcript = [.. state.Transcript, line], RecentTurnIds = [.. state.RecentTurnIds, turnId] }) is not null)
                {
                    break;
                }
            }

            await store.AddJournalAsync(new JournalEntry(userId, DateTimeOffset.UtcNow, turnId, null));
            Console.Out.WriteLine("ack " + turnId);
            Console.Out.Flush();
        }
    }
}
