using WellbeingKit.Care;
using WellbeingKit.Tests.Care;

namespace WellbeingKit.Storage.Postgres.Tests;

/// <summary>The care store contract (issue 19) on the real PostgreSQL the tests start.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCareStoreContractTests : CareStoreContractTests, IAsyncLifetime
{
    private readonly PostgresSchema _schema;
    private readonly PostgresWellbeingStore _store;

    public PostgresCareStoreContractTests(PostgresServer server)
    {
        _schema = new PostgresSchema(server);
        _store = _schema.Open();
    }

    private protected override ICareStore Store => _store;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _schema.DisposeAsync();
    }
}
