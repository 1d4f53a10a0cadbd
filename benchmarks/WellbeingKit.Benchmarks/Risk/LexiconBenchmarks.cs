using BenchmarkDotNet.Attributes;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Benchmarks.Risk;

/// <summary>
/// The lexicon detector over 2,000-character messages with the default pack's four lexicons: everyday text (nothing
/// matches), everyday text with distress words, and a crisis message. Throughput in MB/s is 2,000 / (ns per op) × 1,000.
/// Run: <c>dotnet run -c Release --project benchmarks/WellbeingKit.Benchmarks -- --filter *LexiconBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class LexiconBenchmarks
{
    private const int Length = 2000;

    private static readonly string[] EverydayWords =
    [
        "the", "game", "last", "night", "was", "great", "and", "I", "think", "we", "should", "go", "again", "next", "week",
        "my", "cat", "loves", "that", "new", "toy", "lol", "honestly", "this", "recipe", "is", "amazing", "thanks", "for",
        "sharing", "what", "time", "does", "the", "store", "open", "tomorrow", "weather", "looks", "nice", "today",
    ];

    private LexiconRiskDetector _detector = null!;
    private RiskScreeningRequest _everyday = null!;
    private RiskScreeningRequest _distressed = null!;
    private RiskScreeningRequest _crisis = null!;

    [GlobalSetup]
    public void Setup()
    {
        _detector = LexiconRiskDetector.Create(ContentPackLoader.LoadDefault().Lexicons.Values);
        _everyday = new RiskScreeningRequest(Build(EverydayWords, ""));
        _distressed = new RiskScreeningRequest(Build(EverydayWords, "I feel so tired and alone. "));
        _crisis = new RiskScreeningRequest(Build(EverydayWords, "I don't want to live anymore, I want to end it all. "));
        _ = _detector.AssessAsync(_everyday).AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public RiskAssessment Everyday() => _detector.AssessAsync(_everyday).GetAwaiter().GetResult();

    [Benchmark]
    public RiskAssessment Distressed() => _detector.AssessAsync(_distressed).GetAwaiter().GetResult();

    [Benchmark]
    public RiskAssessment Crisis() => _detector.AssessAsync(_crisis).GetAwaiter().GetResult();

    private static string Build(string[] words, string insert)
    {
        var random = new Random(7);
        var text = new System.Text.StringBuilder(Length + 64);
        text.Append(insert);
        while (text.Length < Length)
        {
            text.Append(words[random.Next(words.Length)]).Append(random.Next(12) == 0 ? ". " : " ");
        }

        return text.ToString(0, Length);
    }
}
