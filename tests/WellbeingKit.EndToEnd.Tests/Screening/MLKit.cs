using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Handoff;
using WellbeingKit.ML;

namespace WellbeingKit.EndToEnd.Tests.Screening;

/// <summary>
/// One kit for a test class, as <c>wellbeing chat</c> runs it: the default pack, the lexicon and ML detectors, and a
/// hand-off that queues. Each test speaks as a new user (<see cref="NewUser"/>).
/// </summary>
public sealed class MLKit : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IWellbeingKit _kit;

    public MLKit()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit().UseDefaultContent().AddMLClassifiers();
        services.AddSingleton<IHandoffHandler>(new QueueingHandoff());
        _provider = services.BuildServiceProvider();
        _kit = _provider.GetRequiredService<IWellbeingKit>();
    }

    /// <summary>A user id no other test uses.</summary>
    public static string NewUser() => Guid.NewGuid().ToString("N");

    public Task<Reply> SayAsync(string user, string text, string locale) =>
        _kit.HandleAsync(new UserMessage(user, text) { Locale = locale });

    public void Dispose() => _provider.Dispose();

    private sealed class QueueingHandoff : IHandoffHandler
    {
        public ValueTask<HandoffResult> HandleAsync(HandoffRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new HandoffResult(HandoffStatus.Queued, TimeSpan.FromMinutes(5), "T-1"));
    }
}
