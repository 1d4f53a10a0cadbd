using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WellbeingKit.Risk;

namespace WellbeingKit.Tests.Risk;

public sealed class RiskScreenerTests
{
    private static readonly RiskScreeningRequest Request = new("hello");

    [Fact]
    public async Task A_detector_that_throws_escalates()
    {
        var screener = Screener(new ThrowingDetector(), new FixedDetector("calm", RiskLevel.None));

        var result = await screener.AssessAsync(Request);

        result.Level.Should().Be(new WellbeingKitOptions().EscalationThreshold, "a failure escalates to the safety threshold");
        result.EscalatedOnFailure.Should().BeTrue();
    }

    [Fact]
    public async Task A_slow_detector_times_out_and_escalates()
    {
        var screener = Screener([new SlowDetector(), new FixedDetector("calm", RiskLevel.None)], TimeSpan.FromMilliseconds(50));

        var result = await screener.AssessAsync(Request);

        result.Level.Should().Be(new WellbeingKitOptions().EscalationThreshold, "a time-out escalates to the safety threshold");
        result.EscalatedOnFailure.Should().BeTrue();
    }

    [Fact]
    public async Task A_detector_that_blocks_its_thread_times_out_on_the_injected_clock_and_escalates()
    {
        using var release = new ManualResetEventSlim(false);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var screener = new RiskScreener(
            [new BlockingDetector(release), new FixedDetector("calm", RiskLevel.None)],
            Options.Create(new WellbeingKitOptions { DetectorTimeout = TimeSpan.FromMilliseconds(500) }),
            NullLogger<RiskScreener>.Instance,
            time);

        var screening = screener.AssessAsync(Request).AsTask();
        var result = await WellbeingKit.Testing.Faults.WhileTimePasses(time, screening);
        release.Set();

        result.Level.Should().Be(new WellbeingKitOptions().EscalationThreshold, "a detector that never returns escalates");
        result.EscalatedOnFailure.Should().BeTrue();
    }

    [Fact]
    public async Task A_detector_that_cancels_itself_escalates_rather_than_cancelling_the_screening()
    {
        var screener = Screener(new SelfCancellingDetector(), new FixedDetector("calm", RiskLevel.None));

        var result = await screener.AssessAsync(Request);

        result.EscalatedOnFailure.Should().BeTrue();
    }

    [Fact]
    public async Task The_callers_cancellation_cancels_the_screening()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var act = async () => await Screener(new SlowDetector()).AssessAsync(Request, cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task The_highest_level_wins()
    {
        var screener = Screener(new FixedDetector("a", RiskLevel.Low), new FixedDetector("b", RiskLevel.Imminent), new FixedDetector("c", RiskLevel.Moderate));

        var result = await screener.AssessAsync(Request);

        result.Level.Should().Be(RiskLevel.Imminent);
        result.Detector.Should().Be("composite");
        result.EscalatedOnFailure.Should().BeFalse();
    }

    [Fact]
    public async Task Evidence_of_every_detector_is_merged_in_text_order()
    {
        var screener = Screener(new FixedDetector("a", RiskLevel.Low, start: 7), new FixedDetector("b", RiskLevel.High, start: 2));

        var result = await screener.AssessAsync(Request);

        result.Evidence.Select(e => e.Detector).Should().Equal("b", "a");
        result.Categories.Should().Equal(RiskCategory.SuicidalIdeation);
    }

    [Fact]
    public async Task No_detector_at_all_escalates()
    {
        var result = await Screener().AssessAsync(Request);

        result.EscalatedOnFailure.Should().BeTrue();
    }

    [Fact]
    public async Task The_composite_runs_the_lexicon_detector()
    {
        var result = await Screener(RiskCases.Detector).AssessAsync(new RiskScreeningRequest("I want to die"));

        result.Level.Should().Be(RiskLevel.High);
        result.Evidence.Should().Contain(e => e.Detector == "lexicon");
    }

    private static RiskScreener Screener(params IRiskDetector[] detectors) => Screener(detectors, TimeSpan.FromSeconds(2));

    private static RiskScreener Screener(IRiskDetector[] detectors, TimeSpan timeout) =>
        new(detectors, Options.Create(new WellbeingKitOptions { DetectorTimeout = timeout }), NullLogger<RiskScreener>.Instance);

    private sealed class ThrowingDetector : IRiskDetector
    {
        public string Name => "throws";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("boom");
    }

    private sealed class BlockingDetector(ManualResetEventSlim release) : IRiskDetector
    {
        public string Name => "blocking";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
        {
            release.Wait(CancellationToken.None);
            return ValueTask.FromResult(RiskAssessment.None);
        }
    }

    private sealed class SelfCancellingDetector : IRiskDetector
    {
        public string Name => "self-cancelling";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
            throw new TaskCanceledException("HttpClient.Timeout of 100 seconds elapsing");
    }

    private sealed class SlowDetector : IRiskDetector
    {
        public string Name => "slow";

        public async ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return RiskAssessment.None;
        }
    }

    private sealed class FixedDetector(string name, RiskLevel level, int start = 0) : IRiskDetector
    {
        public string Name => name;

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
            new(level == RiskLevel.None
                ? RiskAssessment.None
                : new RiskAssessment
                {
                    Level = level,
                    Categories = [RiskCategory.SuicidalIdeation],
                    Score = 0.5,
                    Detector = name,
                    Evidence = [new RiskEvidence(start, 1, "x", name + ".rule", RiskCategory.SuicidalIdeation, level, name)],
                });
    }
}
