using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Sqlite;
using WellbeingKit.UserData;
using Xunit.Abstractions;

namespace WellbeingKit.Storage.Sqlite.Tests;

public sealed class SqliteStoreContractTests(ITestOutputHelper output) : StoreContractTests(output), IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override string StoreName => "SQLite (one process, separate connections)";

    protected override Task<TestStore> OpenStoreAsync()
    {
        var store = SqliteStores.Open(_dir, Time);
        return Task.FromResult(new TestStore(store, store, store));
    }

    public void Dispose() => _dir.Dispose();
}
