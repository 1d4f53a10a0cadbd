using WellbeingKit.Care;
using WellbeingKit.Tests.Care;

namespace WellbeingKit.Storage.Sqlite.Tests;

/// <summary>The care store contract (issue 19) on a real SQLite file.</summary>
public sealed class SqliteCareStoreContractTests : CareStoreContractTests, IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly SqliteWellbeingStore _store;

    public SqliteCareStoreContractTests() => _store = SqliteStores.Open(_dir);

    private protected override ICareStore Store => _store;

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }
}
