using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Conversations;
using WellbeingKit.UserData;

namespace WellbeingKit.EndToEnd.Tests.Conversations;

public sealed class RestartTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "wbk-restart-" + Guid.NewGuid().ToString("N"));

    public RestartTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task A_conversation_survives_a_restart_with_the_sqlite_store()
    {
        var database = Path.Combine(_directory, "kit.db");
        await using (var before = Build(database))
        {
            var kit = before.GetRequiredService<IWellbeingKit>();
            await kit.HandleAsync("ana", "exercise");
            var step = await kit.HandleAsync("ana", "next");
            step.Messages.Should().Contain(m => m.Text.Contains("Step 2 of 2", StringComparison.Ordinal));
        }

        await using var after = Build(database);
        var reply = await after.GetRequiredService<IWellbeingKit>().HandleAsync("ana", "next");
        reply.FlowId.Should().Be("breathing");
        reply.Messages.Should().Contain(m => m.Text.Contains("Did this help?", StringComparison.Ordinal));
        await after.GetRequiredService<IWellbeingKit>().HandleAsync("ana", "4");
        var feedback = await after.GetRequiredService<IUserDataStore>().GetFeedbackAsync("ana");
        feedback.Should().ContainSingle().Which.Rating.Should().Be(4);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static ServiceProvider Build(string database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit().UseSqliteStorage(database);
        services.AddSingleton<IContentSource>(YamlContentSource.FromDirectory(StoryKit.Fixture("mini-pack")));
        return services.BuildServiceProvider();
    }
}
