using System.Diagnostics;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Sqlite;
using Xunit.Abstractions;

namespace WellbeingKit.Storage.Sqlite.Tests;

public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Every_acknowledged_turn_survives_twenty_sigkills_in_the_middle_of_a_batch()
    {
        var database = _dir.File("crash.db");
        var keys = _dir.File("crash.keys");
        var acknowledged = new List<string>();
        var random = new Random(20261126);
        for (var run = 0; run < 20; run++)
        {
            var wanted = random.Next(3, 40);
            acknowledged.AddRange(await RunAndKillAsync(database, keys, $"run{run:D2}", wanted));

            using var store = new SqliteWellbeingStore(new SqliteStorageOptions { Path = database }, new FileKeyProvider(keys));
            (await store.InitializeAsync()).Should().Be(SqliteMigrations.LatestVersion, "the store opens after the kill");
            var transcript = new HashSet<string>(StringComparer.Ordinal);
            var journal = new HashSet<string>(StringComparer.Ordinal);
            for (var u = 0; u < 5; u++)
            {
                var export = await store.ExportAsync($"crash-user-{u}");
                var lines = export.Conversation?.Transcript.Select(l => l.Text).ToList() ?? [];
                lines.Should().OnlyHaveUniqueItems();
                export.Conversation?.Version.Should().Be(lines.Count);
                transcript.UnionWith(lines);
                journal.UnionWith(export.Journal.Select(j => j.Text));
            }

            transcript.Should().Contain(acknowledged, $"every turn acknowledged before kill {run + 1} is in the transcript");
            journal.Should().Contain(acknowledged, $"every turn acknowledged before kill {run + 1} is in the journal");
        }

        output.WriteLine($"20 SIGKILLs, {acknowledged.Count} acknowledged turns, all present after each restart");
    }

    private static async Task<List<string>> RunAndKillAsync(string database, string keys, string runId, int acknowledgements)
    {
        var child = Path.Combine(AppContext.BaseDirectory, "WellbeingKit.Storage.CrashChild.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { child, database, keys, runId })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var acked = new List<string>();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (acked.Count < acknowledgements)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"The child exited early: {await process.StandardError.ReadToEndAsync()}");
                if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    acked.Add(line[4..]);
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        return acked;
    }
}
