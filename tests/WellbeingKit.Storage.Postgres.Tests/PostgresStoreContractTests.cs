using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Postgres;
using WellbeingKit.UserData;
using Xunit.Abstractions;

namespace WellbeingKit.Storage.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreContractTests(PostgresServer server, ITestOutputHelper output) : StoreContractTests(output), IAsyncLifetime
{
    private readonly PostgresSchema _schema = new(server);

    protected override string StoreName => "PostgreSQL (two stores, separate connection pools)";

    protected override Task<TestStore> OpenStoreAsync()
    {
        var store = _schema.Open(Time);
        return Task.FromResult(new TestStore(store, store, store, store));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _schema.DisposeAsync().AsTask();
}
