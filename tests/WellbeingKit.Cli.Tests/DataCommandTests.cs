using System.Text;
using System.Text.Json;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Sqlite;
using WellbeingKit.UserData;

namespace WellbeingKit.Cli.Tests;

/// <summary>The <c>wellbeing data</c> commands, run as the real CLI against a real SQLite file.</summary>
public sealed class DataCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Export_writes_everything_about_the_user_decrypted_as_json()
    {
        await SeedAsync();
        var output = _dir.File("export.json");

        var (code, _, error) = await WellbeingAsync("data", "export", "--store", _dir.File("wellbeing.db"), "--user", "alice-01", "--out", output);

        code.Should().Be(0, error);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        json.RootElement.GetProperty("userId").GetString().Should().Be("alice-01");
        json.RootElement.GetProperty("journal")[0].GetProperty("text").GetString().Should().Be("A quiet walk by the canal helped.");
        json.RootElement.GetProperty("moods")[0].GetProperty("note").GetString().Should().Be("slept badly");
        json.RootElement.GetProperty("conversation").GetProperty("transcript")[0].GetProperty("text").GetString().Should().Be("I feel a bit low");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(output).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public async Task Erase_leaves_nothing_of_the_user_in_the_database_or_wal_and_keeps_other_users()
    {
        await SeedAsync();
        var database = _dir.File("wellbeing.db");

        var (code, stdout, error) = await WellbeingAsync("data", "erase", "--store", database, "--user", "alice-01");

        code.Should().Be(0, error);
        stdout.Should().Contain("Erased all data of user 'alice-01'");
        foreach (var file in new[] { database, database + "-wal" })
        {
            Bytes.Contain(Bytes.ReadShared(file), Encoding.UTF8.GetBytes("alice-01")).Should().BeFalse($"{file} must hold nothing of the user");
        }

        using var store = OpenStore();
        (await store.ExportAsync("bob-02")).Journal.Should().ContainSingle();
    }

    [Fact]
    public async Task A_missing_store_is_an_error_naming_the_file()
    {
        var (code, _, error) = await WellbeingAsync("data", "export", "--store", _dir.File("missing.db"), "--user", "u1");

        code.Should().Be(1);
        error.Should().Contain("--store").And.Contain("missing.db");
    }

    [Fact]
    public async Task Rekey_with_rotate_moves_every_value_to_a_new_key()
    {
        await SeedAsync();

        var (code, stdout, error) = await WellbeingAsync("data", "rekey", "--store", _dir.File("wellbeing.db"), "--rotate");

        code.Should().Be(0, error);
        stdout.Should().Contain("Rotated").And.Contain("Re-encrypted 5 values");
    }

    private async Task SeedAsync()
    {
        using var store = OpenStore();
        var at = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
        await store.AddJournalAsync(new JournalEntry("alice-01", at, "A quiet walk by the canal helped.", "joy"));
        await store.AddMoodAsync(new MoodEntry("alice-01", at, 2, "slept badly", null));
        await store.TrySaveAsync(new ConversationState { UserId = "alice-01", Transcript = [new TranscriptLine(Speaker.User, "I feel a bit low", at)] });
        await store.AddJournalAsync(new JournalEntry("bob-02", at, "Exams next week.", null));
        await store.TrySaveAsync(new ConversationState { UserId = "bob-02" });
    }

    private SqliteWellbeingStore OpenStore()
    {
        var options = new SqliteStorageOptions { Path = _dir.File("wellbeing.db") };
        return new SqliteWellbeingStore(options, new FileKeyProvider(options.Path + ".keys"));
    }

    private static Task<(int Code, string Stdout, string Stderr)> WellbeingAsync(params string[] arguments) => CliRunner.ProcessAsync(arguments);
}
