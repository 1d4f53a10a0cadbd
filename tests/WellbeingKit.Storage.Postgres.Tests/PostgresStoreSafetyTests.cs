using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.UserData;

namespace WellbeingKit.Storage.Postgres.Tests;

/// <summary>Keys the ring lacks (PostgreSQL).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreSafetyTests(PostgresServer server) : IAsyncLifetime
{
    private readonly PostgresSchema _schema = new(server);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _schema.DisposeAsync().AsTask();

    [Fact]
    public async Task A_schema_whose_key_file_is_missing_refuses_to_open_naming_the_key_file_and_creates_no_key()
    {
        await using (var store = _schema.Open())
        {
            await store.TrySaveAsync(new ConversationState { UserId = "u1" });
        }

        var missing = _schema.Keys.File("mistyped.keys");
        await using var again = _schema.Open(keys: new FileKeyProvider(missing));

        var act = () => again.InitializeAsync();

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain(missing).And.NotContain("\n");
        File.Exists(missing).Should().BeFalse();
    }
}
