using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WellbeingKit.Risk;

namespace WellbeingKit.Tests.Risk;

/// <summary>The kit's own bounded detectors run inline; everything else keeps the thread-pool hop and the time-out.</summary>
public sealed class RiskScreenerInlineTests
{
    private static readonly RiskScreeningRequest Request = new("hello");

    [Fact]
    public async Task Screening_with_only_ready_kit_detectors_completes_without_leaving_the_callers_thread()
    {
        var detector = new BoundedDetector(ready: true);
        var screener = Screener(TimeSpan.FromSeconds(5), detector);
        var thread = Environment.CurrentManagedThreadId;

        var screening = screener.AssessAsync(Request);

        screening.IsCompletedSuccessfully.Should().BeTrue();
        detector.InlineThread.Should().Be(thread);
        (await screening).Level.Should().Be(RiskLevel.None);
    }

    [Fact]
    public async Task A_ready_kit_detector_that_throws_escalates()
    {
        var screener = Screener(TimeSpan.FromSeconds(5), new BoundedDetector(ready: true, throws: true));

        var result = await screener.AssessAsync(Request);

        result.Level.Should().Be(new WellbeingKitOptions().EscalationThreshold);
        result.EscalatedOnFailure.Should().BeTrue();
    }

    [Fact]
    public async Task A_kit_detector_still_loading_runs_under_the_time_out_and_escalates_when_loading_hangs()
    {
        var screener = Screener(TimeSpan.FromMilliseconds(50), new BoundedDetector(ready: false));

        var result = await screener.AssessAsync(Request);

        result.EscalatedOnFailure.Should().BeTrue();
    }

    [Fact]
    public async Task A_third_party_detector_beside_a_kit_detector_still_times_out()
    {
        var screener = Screener(TimeSpan.FromMilliseconds(50), new BoundedDetector(ready: true), new HangingDetector());

        var result = await screener.AssessAsync(Request);

        result.EscalatedOnFailure.Should().BeTrue();
        result.Level.Should().Be(new WellbeingKitOptions().EscalationThreshold);
    }

    [Fact]
    public async Task The_callers_cancellation_cancels_a_screening_of_ready_kit_detectors()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var screener = Screener(TimeSpan.FromSeconds(5), new BoundedDetector(ready: true));

        var act = async () => await screener.AssessAsync(Request, cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_kit_detector_is_not_run_once_an_earlier_detector_reached_the_highest_level_it_can_report()
    {
        var capped = new BoundedDetector(ready: true, ceiling: RiskLevel.High);
        var screener = Screener(TimeSpan.FromSeconds(5), new BoundedDetector(ready: true, result: RiskLevel.High), capped);

        var result = await screener.AssessAsync(Request);

        capped.Calls.Should().Be(0);
        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task A_kit_detector_still_runs_when_it_could_raise_the_level()
    {
        var capped = new BoundedDetector(ready: true, ceiling: RiskLevel.High);
        var screener = Screener(TimeSpan.FromSeconds(5), new BoundedDetector(ready: true, result: RiskLevel.Moderate), capped);

        await screener.AssessAsync(Request);

        capped.Calls.Should().Be(1);
    }

    [Fact]
    public async Task With_a_host_combiner_every_kit_detector_runs_even_past_its_ceiling()
    {
        var capped = new BoundedDetector(ready: true, ceiling: RiskLevel.High);
        var screener = new RiskScreener(
            [new BoundedDetector(ready: true, result: RiskLevel.High), capped],
            Options.Create(new WellbeingKitOptions()),
            NullLogger<RiskScreener>.Instance,
            combiner: new FirstCombiner());

        await screener.AssessAsync(Request);

        capped.Calls.Should().Be(1);
    }

    [Fact]
    public async Task A_third_party_detector_always_runs_whatever_the_level_already_found()
    {
        var thirdParty = new CountingDetector();
        var screener = Screener(TimeSpan.FromSeconds(5), new BoundedDetector(ready: true, result: RiskLevel.Imminent), thirdParty);

        await screener.AssessAsync(Request);

        thirdParty.Calls.Should().Be(1);
    }

    private static RiskScreener Screener(TimeSpan timeout, params IRiskDetector[] detectors) => new(
        detectors,
        Options.Create(new WellbeingKitOptions { DetectorTimeout = timeout }),
        NullLogger<RiskScreener>.Instance);

    private sealed class BoundedDetector(bool ready, bool throws = false, RiskLevel result = RiskLevel.None, RiskLevel ceiling = RiskLevel.Imminent) : IBoundedRiskDetector
    {
        public int? InlineThread { get; private set; }

        public int Calls { get; private set; }

        public string Name => "bounded";

        public RiskLevel Ceiling => ceiling;

        public bool TryAssess(RiskScreeningRequest request, [NotNullWhen(true)] out RiskAssessment? assessment)
        {
            assessment = null;
            Calls++;
            if (!ready)
            {
                return false;
            }

            InlineThread = Environment.CurrentManagedThreadId;
            assessment = throws ? throw new InvalidOperationException("boom") : new RiskAssessment { Level = result, Detector = Name };
            return true;
        }

        public async ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken); // "loading" that never ends
            return RiskAssessment.None;
        }
    }

    private sealed class FirstCombiner : IRiskCombiner
    {
        public RiskAssessment Combine(IReadOnlyList<RiskAssessment> assessments, RiskScreeningRequest request) => assessments[0];
    }

    private sealed class CountingDetector : IRiskDetector
    {
        public int Calls { get; private set; }

        public string Name => "counting";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
        {
            Calls++;
            return ValueTask.FromResult(RiskAssessment.None);
        }
    }

    private sealed class HangingDetector : IRiskDetector
    {
        public string Name => "third-party";

        public async ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return RiskAssessment.None;
        }
    }
}
