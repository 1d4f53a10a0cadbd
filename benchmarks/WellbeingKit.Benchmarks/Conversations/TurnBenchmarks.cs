using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Conversations.Conditions;
using WellbeingKit.Risk;

namespace WellbeingKit.Benchmarks.Conversations;

/// <summary>
/// The cost of one conversation turn in the engine (screening with a no-op detector, the flow step, the in-memory save),
/// and of evaluating a guard. Run: dotnet run -c Release --project benchmarks/WellbeingKit.Benchmarks -- --filter *TurnBenchmarks* --job short
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private static readonly Dictionary<string, string> Variables = new() { ["score.phq9"] = "12", ["emotion"] = "fear", ["hour"] = "21" };
    private ServiceProvider _provider = null!;
    private IWellbeingKit _kit = null!;
    private ConditionExpression _guard = null!;
    private int _user;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit().AddRiskDetector(new CrisisWordDetector());
        services.AddSingleton<IContentSource>(new Source(LoopPack()));
        _provider = services.BuildServiceProvider();
        _kit = _provider.GetRequiredService<IWellbeingKit>();
        _kit.HandleAsync("steady", "hello").GetAwaiter().GetResult();
        _guard = ConditionExpression.Parse("score.phq9 >= 10 and emotion in ['fear', 'sadness'] or hour < 6");
    }

    [GlobalCleanup]
    public void Cleanup() => _provider.Dispose();

    /// <summary>A user answers a quick-reply question (the flow loops back to it).</summary>
    [Benchmark]
    public Task<Reply> Question_turn() => _kit.HandleAsync("steady", "a");

    /// <summary>A crisis message: the safety flow takes over (helplines, question, hand-off offer).</summary>
    [Benchmark]
    public Task<Reply> Crisis_turn() => _kit.HandleAsync("crisis-" + _user++, "I want to die");

    /// <summary>Evaluating a parsed guard.</summary>
    [Benchmark]
    public bool Guard_evaluation() => _guard.Evaluate(Variables.GetValueOrDefault);

    private static ContentPack LoopPack() => new()
    {
        Manifest = new PackManifest { Id = "bench", Version = "1", DefaultLocale = "en", StartFlow = "loop" },
        Flows = new Dictionary<string, FlowDefinition>
        {
            ["loop"] = new()
            {
                Id = "loop",
                Start = "ask",
                States = new Dictionary<string, FlowState>
                {
                    ["ask"] = new()
                    {
                        Type = FlowStepType.Question,
                        Say = ["ask"],
                        Options = [new FlowOption { Value = "a", Label = "a", Next = "said" }, new FlowOption { Value = "b", Label = "b", Next = "said" }],
                    },
                    ["said"] = new() { Type = FlowStepType.Message, Say = ["said"], Next = "ask" },
                },
            },
        },
        Messages = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = new Dictionary<string, string> { ["ask"] = "A or B?", ["said"] = "Noted.", ["a"] = "A", ["b"] = "B" },
        },
    };

    private sealed class Source(ContentPack pack) : IContentSource
    {
        public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(pack);
    }

    private sealed class CrisisWordDetector : IRiskDetector
    {
        public string Name => "bench";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(request.Text.Contains("die", StringComparison.Ordinal)
                ? new RiskAssessment { Level = RiskLevel.High, Categories = [RiskCategory.SuicidalIdeation], Detector = Name }
                : RiskAssessment.None);
    }
}
