// Shared by the content and end-to-end tests (linked into each project): one kit as a host builds it with the default pack.
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Conversations;

namespace WellbeingKit.Testing;

/// <summary>One kit with the default pack and the default (lexicon) risk detector, shared by the story tests; each story runs as a new user.</summary>
public sealed class DefaultKitFixture : IDisposable
{
    private readonly ServiceProvider _provider;

    public DefaultKitFixture()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit().UseDefaultContent();
        _provider = services.BuildServiceProvider();
        Kit = _provider.GetRequiredService<IWellbeingKit>();
    }

    public IWellbeingKit Kit { get; }

    public void Dispose() => _provider.Dispose();
}
