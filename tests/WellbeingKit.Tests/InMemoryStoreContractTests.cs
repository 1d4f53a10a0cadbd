using WellbeingKit.Storage;
using Xunit.Abstractions;

namespace WellbeingKit.Tests;

public sealed class InMemoryStoreContractTests(ITestOutputHelper output) : StoreContractTests(output)
{
    private readonly InMemoryWellbeingStore _store = new();

    protected override string StoreName => "in-memory";

    protected override Task<TestStore> OpenStoreAsync() => Task.FromResult(new TestStore(_store, _store, _store));
}
