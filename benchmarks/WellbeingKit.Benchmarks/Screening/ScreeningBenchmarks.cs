using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Benchmarks.Tools;
using WellbeingKit.Emotions;
using WellbeingKit.Risk;

namespace WellbeingKit.Benchmarks.Screening;

/// <summary>
/// Screening one message: the lexicon detector alone, the ML risk detector alone, the ML emotion classifier, and the
/// composite <see cref="RiskScreener"/> (lexicon + ML, as a host runs it), over the default pack and the shipped models.
/// Run: <c>dotnet run -c Release --project benchmarks/WellbeingKit.Benchmarks -- --filter *ScreeningBenchmarks* --job short</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentilesConfig))]
public class ScreeningBenchmarks
{
    private ServiceProvider _provider = null!;
    private IRiskDetector _lexicon = null!;
    private IRiskDetector _ml = null!;
    private RiskScreener _composite = null!;
    private IEmotionClassifier _emotions = null!;
    private RiskScreeningRequest _request = null!;

    /// <summary>The message's language.</summary>
    [Params("en", "ar")]
    public string Locale { get; set; } = "en";

    /// <summary>The message's length in characters.</summary>
    [Params(10, 2000)]
    public int Length { get; set; }

    /// <summary>Builds the kit and warms every detector up (lexicon compiled, models loaded).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _provider = Kits.Build();
        var detectors = _provider.GetServices<IRiskDetector>().ToArray();
        _lexicon = detectors.Single(d => d.Name == "lexicon");
        _ml = detectors.Single(d => d.Name == "ml");
        _composite = _provider.GetRequiredService<RiskScreener>();
        _emotions = _provider.GetRequiredService<IEmotionClassifier>();
        _request = new RiskScreeningRequest(SampleText.Of(Locale, Length)) { Locale = Locale };
        Lexicon();
        Ml_risk();
        Emotion();
        Composite();
    }

    /// <summary>Disposes the kit.</summary>
    [GlobalCleanup]
    public void Cleanup() => _provider.Dispose();

    /// <summary>The lexicon detector (every lexicon runs on every message).</summary>
    [Benchmark(Baseline = true)]
    public RiskAssessment Lexicon() => _lexicon.AssessAsync(_request).GetAwaiter().GetResult();

    /// <summary>The ML crisis detector (sentence by sentence above 300 characters).</summary>
    [Benchmark]
    public RiskAssessment Ml_risk() => _ml.AssessAsync(_request).GetAwaiter().GetResult();

    /// <summary>The ML emotion classifier.</summary>
    [Benchmark]
    public EmotionResult Emotion() => _emotions.ClassifyAsync(_request.Text, Locale).GetAwaiter().GetResult();

    /// <summary>The composite screening (lexicon + ML with time-outs), as every message goes through.</summary>
    [Benchmark]
    public RiskAssessment Composite() => _composite.AssessAsync(_request).AsTask().GetAwaiter().GetResult();
}
