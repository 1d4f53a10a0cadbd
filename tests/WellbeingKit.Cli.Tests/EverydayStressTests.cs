using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Risk;

namespace WellbeingKit.Cli.Tests;

/// <summary>Issue 16: everyday stress (sleep, exams, work, tiredness) must not start the safety flow, with the ML detector on.</summary>
public sealed class EverydayStressTests : IClassFixture<EverydayStressTests.Screening>
{
    private readonly Screening _screening;

    public EverydayStressTests(Screening screening) => _screening = screening;

    /// <summary>One CLI container for the class, its models loaded before the first sentence (as the host's warm-up does).</summary>
    public sealed class Screening : IAsyncLifetime
    {
        public ServiceProvider Services { get; } = CliServices.Build(new CliSettings());

        public async Task InitializeAsync()
        {
            foreach (var detector in Services.GetServices<IRiskDetector>())
            {
                await detector.AssessAsync(new RiskScreeningRequest("warm up")); // loads the lexicons and models outside the time-out
            }
        }

        public async Task DisposeAsync() => await Services.DisposeAsync();
    }

    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>();
        foreach (var line in ReadSentences())
        {
            data.Add(line);
        }

        return data;
    }

    private static List<string> ReadSentences()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WellbeingKit.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory!.FullName, "tests", "data", "risk", "everyday-stress.txt");
        return [.. File.ReadAllLines(path).Where(l => l.Trim().Length > 0)];
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public async Task Everyday_stress_stays_below_the_escalation_threshold_with_the_ml_detector_on(string sentence)
    {
        var services = _screening.Services;
        var screener = services.GetRequiredService<RiskScreener>();
        screener.Detectors.Select(d => d.Name).Should().Contain(["lexicon", "ml"]);
        var threshold = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WellbeingKitOptions>>().Value.EscalationThreshold;

        var assessment = await screener.AssessAsync(new RiskScreeningRequest(sentence) { Locale = "en" });

        assessment.EscalatedOnFailure.Should().BeFalse();

        ((int)assessment.Level).Should().BeLessThan((int)threshold, string.Join("; ", assessment.Evidence.Select(e => $"{e.RuleId}={e.Text}@{e.Level}")));
    }

    [Fact]
    public async Task Everyday_stress_told_as_one_conversation_stays_below_the_escalation_threshold_with_the_ml_detector_on()
    {
        var services = _screening.Services;
        var screener = services.GetRequiredService<RiskScreener>();
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WellbeingKitOptions>>().Value;
        var sentences = ReadSentences();

        var raised = new List<string>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var history = sentences.Take(i).TakeLast(options.ScreeningHistory).ToList(); // as the engine passes it
            var assessment = await screener.AssessAsync(new RiskScreeningRequest(sentences[i]) { Locale = "en", History = history });
            if (assessment.Level >= options.EscalationThreshold)
            {
                raised.Add($"{sentences[i]}: {string.Join("; ", assessment.Evidence.Select(e => $"{e.RuleId}@{e.Level}"))}");
            }
        }

        raised.Should().BeEmpty();
    }
}
