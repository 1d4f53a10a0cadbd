using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Conversations;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;
using WellbeingKit.Storage;

namespace WellbeingKit.Tests.Conversations;

/// <summary>A kit over a fixture pack, a keyword detector, an in-memory store and a fake clock.</summary>
internal sealed class TestKit : IDisposable
{
    private static readonly Lazy<ContentPack> LoadedDefaultPack = new(ContentPackLoader.LoadDefault);

    private readonly ServiceProvider _provider;

    public TestKit(ContentPack? pack = null, Action<WellbeingKitBuilder>? configure = null, Action<WellbeingKitOptions>? options = null, bool keywordDetector = true)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        var builder = services.AddWellbeingKit(options);
        services.AddSingleton<IContentSource>(new FixedContentSource(pack ?? FixturePack.Create()));

        // A detector the tests control: the default lexicon detector has nothing to read in the fixture pack.
        services.RemoveAll<IRiskDetector>();
        if (keywordDetector)
        {
            builder.AddRiskDetector(new KeywordDetector());
        }

        configure?.Invoke(builder);
        _provider = services.BuildServiceProvider();
        Kit = _provider.GetRequiredService<IWellbeingKit>();
        Store = _provider.GetRequiredService<InMemoryWellbeingStore>();
    }

    /// <summary>The default content pack, loaded once for every test.</summary>
    public static ContentPack DefaultPack => LoadedDefaultPack.Value;

    public FakeTimeProvider Time { get; }

    public IWellbeingKit Kit { get; }

    public InMemoryWellbeingStore Store { get; }

    public IServiceProvider Services => _provider;

    /// <summary>A kit over the default pack screened by its lexicon alone, as a host without ML runs it.</summary>
    public static TestKit OnDefaultPack(Action<WellbeingKitBuilder>? configure = null) =>
        ScreenedBy(b => b.AddRiskDetector<LexiconRiskDetector>(), DefaultPack, configure);

    /// <summary>A kit over <paramref name="pack"/> (the fixture pack when null) screened by <paramref name="detector"/> alone.</summary>
    public static TestKit ScreenedBy(IRiskDetector detector, ContentPack? pack = null, Action<WellbeingKitBuilder>? configure = null) =>
        ScreenedBy(b => b.AddRiskDetector(detector), pack, configure);

    public Task<Reply> Say(string text, string user = "u1", string? locale = null, string? country = null) =>
        Kit.HandleAsync(new UserMessage(user, text) { Locale = locale, Country = country });

    public async Task<Reply> SayAll(params string[] texts)
    {
        Reply reply = new();
        foreach (var text in texts)
        {
            reply = await Say(text);
        }

        return reply;
    }

    public void Dispose() => _provider.Dispose();

    private static TestKit ScreenedBy(Action<WellbeingKitBuilder> detector, ContentPack? pack, Action<WellbeingKitBuilder>? configure) =>
        new(pack, b =>
        {
            detector(b);
            configure?.Invoke(b);
        }, keywordDetector: false);
}

internal sealed class FixedContentSource(ContentPack pack) : IContentSource
{
    public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(pack);
}

internal sealed class ThrowingContentSource : IContentSource
{
    public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) =>
        throw new ContentValidationException([new ContentProblem("pack.yaml", 1, 1, "broken")]);
}

/// <summary>Flags a few crisis phrases as High, like the lexicon detector would.</summary>
internal sealed class KeywordDetector : IRiskDetector
{
    private static readonly string[] Phrases = ["want to die", "kill myself", "no quiero vivir", "end my life"];

    public string Name => "keywords";

    public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
    {
        var hit = Phrases.FirstOrDefault(p => request.Text.Contains(p, StringComparison.OrdinalIgnoreCase));
        return ValueTask.FromResult(hit is null
            ? RiskAssessment.None
            : new RiskAssessment { Level = RiskLevel.High, Categories = [RiskCategory.SuicidalIdeation], Score = 0.9, Detector = Name });
    }
}

internal sealed class ThrowingDetector : IRiskDetector
{
    public string Name => "broken";

    public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("model file missing");
}

internal sealed class AcceptingHandoff : IHandoffHandler
{
    public List<HandoffRequest> Requests { get; } = [];

    public ValueTask<HandoffResult> HandleAsync(HandoffRequest request, CancellationToken cancellationToken = default)
    {
        lock (Requests)
        {
            Requests.Add(request);
        }

        return ValueTask.FromResult(new HandoffResult(HandoffStatus.Queued, TimeSpan.FromMinutes(5), "T-1"));
    }
}
