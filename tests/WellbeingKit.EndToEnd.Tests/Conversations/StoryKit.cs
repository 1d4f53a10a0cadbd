using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Risk;

namespace WellbeingKit.EndToEnd.Tests.Conversations;

/// <summary>A kit over a loaded pack, screening with the pack's lexicons, for running stories.</summary>
internal sealed class StoryKit : IDisposable
{
    private readonly ServiceProvider _provider;

    public StoryKit(ContentPack pack)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var kit = services.AddWellbeingKit();
        services.AddSingleton<IContentSource>(new Source(pack));
        kit.AddRiskDetector(new PackPhraseDetector(pack));
        _provider = services.BuildServiceProvider();
        Kit = _provider.GetRequiredService<IWellbeingKit>();
    }

    public IWellbeingKit Kit { get; }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public void Dispose() => _provider.Dispose();

    private sealed class Source(ContentPack pack) : IContentSource
    {
        public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(pack);
    }

    /// <summary>A plain phrase match over the pack's lexicons (a stand-in until the lexicon detector is wired here).</summary>
    private sealed class PackPhraseDetector(ContentPack pack) : IRiskDetector
    {
        public string Name => "pack-phrases";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
        {
            var hit = pack.Lexicons.Values.SelectMany(l => l.Patterns)
                .FirstOrDefault(p => p.Phrases.Any(phrase => request.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)));
            return ValueTask.FromResult(hit is null
                ? RiskAssessment.None
                : new RiskAssessment { Level = hit.Level, Categories = hit.Category is { } c ? [c] : [], Score = 1, Detector = Name });
        }
    }
}
