using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WellbeingKit.Content;
using WellbeingKit.Exercises;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;
using WellbeingKit.Tests.Conversations;

namespace WellbeingKit.Tests;

/// <summary>The builder's overloads: lifetimes, factories, idempotent instances and the combination rule.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public void Adding_the_same_detector_instance_twice_registers_it_once()
    {
        var detector = new KeywordDetector();

        using var provider = Provider(b => b.AddRiskDetector(detector).AddRiskDetector(detector));

        provider.GetServices<IRiskDetector>().Should().ContainSingle().Which.Should().BeSameAs(detector);
    }

    [Fact]
    public void Adding_the_same_scoped_detector_type_twice_registers_it_once()
    {
        using var provider = Provider(b => b.AddRiskDetector<ScopedDetector>(ServiceLifetime.Scoped).AddRiskDetector<ScopedDetector>(ServiceLifetime.Scoped));

        provider.GetRequiredService<RiskScreener>().Detectors.Should().ContainSingle();
    }

    [Fact]
    public async Task A_scoped_detector_gets_a_scoped_dependency_of_its_own_for_each_screening()
    {
        using var provider = Provider(b => b.AddRiskDetector<ScopedDetector>(ServiceLifetime.Scoped));
        var screener = provider.GetRequiredService<RiskScreener>();

        await screener.AssessAsync(new RiskScreeningRequest("hello"));
        var first = screener.Detectors.Single().Name;
        await screener.AssessAsync(new RiskScreeningRequest("hello"));
        var second = screener.Detectors.Single().Name;

        first.Should().StartWith("scoped-").And.NotBe(second);
    }

    [Fact]
    public async Task A_scoped_detector_is_disposed_with_its_screenings_scope()
    {
        using var provider = Provider(b => b.AddRiskDetector<ScopedDetector>(ServiceLifetime.Scoped));

        await provider.GetRequiredService<RiskScreener>().AssessAsync(new RiskScreeningRequest("hello"));

        provider.GetRequiredService<Disposals>().Count.Should().Be(1);
    }

    [Fact]
    public async Task A_scoped_detector_that_flags_a_crisis_escalates_the_screening()
    {
        using var provider = Provider(b => b.AddRiskDetector<ScopedDetector>(ServiceLifetime.Scoped));

        var result = await provider.GetRequiredService<RiskScreener>().AssessAsync(new RiskScreeningRequest("I want to die"));

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task A_detector_made_by_a_factory_screens_messages()
    {
        using var provider = Provider(b => b.AddRiskDetector(_ => new KeywordDetector()));

        var result = await provider.GetRequiredService<RiskScreener>().AssessAsync(new RiskScreeningRequest("I want to die"));

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task A_transient_factory_detector_is_made_again_for_each_screening()
    {
        var made = 0;
        using var provider = Provider(b => b.AddRiskDetector(
            _ =>
            {
                Interlocked.Increment(ref made);
                return new KeywordDetector();
            },
            ServiceLifetime.Transient));
        var screener = provider.GetRequiredService<RiskScreener>();

        await screener.AssessAsync(new RiskScreeningRequest("hello"));
        await screener.AssessAsync(new RiskScreeningRequest("hello"));

        made.Should().Be(2);
    }

    [Fact]
    public async Task A_scoped_exercise_selector_is_made_for_each_selection()
    {
        using var provider = Provider(b => b.UseExerciseSelector<CountingSelector>(ServiceLifetime.Scoped));
        var selector = provider.GetRequiredService<IExerciseSelector>();

        await selector.SelectAsync(new ExerciseSelectionRequest { UserId = "u1", Locale = "en" });
        await selector.SelectAsync(new ExerciseSelectionRequest { UserId = "u1", Locale = "en" });

        provider.GetRequiredService<Disposals>().Count.Should().Be(2);
    }

    [Fact]
    public async Task A_hand_off_service_made_by_a_factory_answers_requests()
    {
        using var provider = Provider(b => b.UseHandoffService(_ => new FixedHandoff(HandoffStatus.Accepted)));

        var result = await provider.GetRequiredService<IHandoffService>().RequestAsync(new HandoffRequest { UserId = "u1" });

        result.Status.Should().Be(HandoffStatus.Accepted);
    }

    [Fact]
    public async Task A_scoped_hand_off_service_is_resolved_for_each_request()
    {
        using var provider = Provider(b => b.UseHandoffService<ScopedHandoff>(ServiceLifetime.Scoped));
        var handoff = provider.GetRequiredService<IHandoffService>();

        var first = await handoff.RequestAsync(new HandoffRequest { UserId = "u1" });
        var second = await handoff.RequestAsync(new HandoffRequest { UserId = "u1" });

        first.Reference.Should().NotBe(second.Reference);
    }

    [Fact]
    public void Adding_the_same_hand_off_handler_instance_twice_registers_it_once()
    {
        var handler = new FixedHandler(HandoffStatus.Accepted);

        using var provider = Provider(b => b.AddHandoffHandler(handler).AddHandoffHandler(handler));

        provider.GetServices<IHandoffHandler>().Should().ContainSingle().Which.Should().BeSameAs(handler);
    }

    [Fact]
    public void Adding_the_same_scoped_hand_off_handler_type_twice_registers_it_once()
    {
        using var provider = Provider(b => b.AddHandoffHandler<ScopedHandler>(ServiceLifetime.Scoped).AddHandoffHandler<ScopedHandler>(ServiceLifetime.Scoped));

        provider.GetServices<IHandoffHandler>().Should().ContainSingle();
    }

    [Fact]
    public async Task A_scoped_hand_off_handler_gets_a_scoped_dependency_of_its_own_for_each_request()
    {
        using var provider = Provider(b => b.AddHandoffHandler<ScopedHandler>(ServiceLifetime.Scoped));
        var handoff = provider.GetRequiredService<IHandoffService>();

        var first = await handoff.RequestAsync(new HandoffRequest { UserId = "u1" });
        var second = await handoff.RequestAsync(new HandoffRequest { UserId = "u1" });

        first.Reference.Should().NotBeNull().And.NotBe(second.Reference);
    }

    [Fact]
    public async Task A_scoped_hand_off_handler_is_disposed_with_its_requests_scope()
    {
        using var provider = Provider(b => b.AddHandoffHandler<ScopedHandler>(ServiceLifetime.Scoped));

        await provider.GetRequiredService<IHandoffService>().RequestAsync(new HandoffRequest { UserId = "u1" });

        provider.GetRequiredService<Disposals>().Count.Should().Be(1);
    }

    [Fact]
    public async Task A_hand_off_handler_made_by_a_factory_answers_requests()
    {
        using var provider = Provider(b => b.AddHandoffHandler(_ => new FixedHandler(HandoffStatus.Accepted)));

        var result = await provider.GetRequiredService<IHandoffService>().RequestAsync(new HandoffRequest { UserId = "u1" });

        result.Status.Should().Be(HandoffStatus.Accepted);
    }

    [Fact]
    public async Task A_transient_factory_hand_off_handler_is_made_again_for_each_request()
    {
        var made = 0;
        using var provider = Provider(b => b.AddHandoffHandler(
            _ =>
            {
                Interlocked.Increment(ref made);
                return new FixedHandler(HandoffStatus.Queued);
            },
            ServiceLifetime.Transient));
        var handoff = provider.GetRequiredService<IHandoffService>();

        await handoff.RequestAsync(new HandoffRequest { UserId = "u1" });
        await handoff.RequestAsync(new HandoffRequest { UserId = "u1" });

        made.Should().Be(2);
    }

    [Fact]
    public async Task A_registered_combiner_decides_the_level()
    {
        using var provider = Provider(b => b.AddRiskDetector(new KeywordDetector()).UseRiskCombiner(new AtMostLow()));

        var result = await provider.GetRequiredService<RiskScreener>().AssessAsync(new RiskScreeningRequest("I want to die"));

        result.Level.Should().Be(RiskLevel.Low);
    }

    [Fact]
    public async Task A_combiner_that_throws_escalates()
    {
        using var provider = Provider(b => b.AddRiskDetector(new KeywordDetector()).UseRiskCombiner<ThrowingCombiner>());

        var result = await provider.GetRequiredService<RiskScreener>().AssessAsync(new RiskScreeningRequest("hello"));

        result.Level.Should().Be(RiskLevel.Moderate);
        result.EscalatedOnFailure.Should().BeTrue();
    }

    [Fact]
    public async Task A_combiner_cannot_calm_a_screening_in_which_a_detector_failed()
    {
        using var provider = Provider(b => b.AddRiskDetector(new ThrowingDetector()).UseRiskCombiner(new AtMostLow()));

        var result = await provider.GetRequiredService<RiskScreener>().AssessAsync(new RiskScreeningRequest("hello"));

        result.Level.Should().Be(RiskLevel.Moderate);
        result.EscalatedOnFailure.Should().BeTrue();
    }

    [Fact]
    public async Task The_default_combiner_takes_the_highest_level()
    {
        using var provider = Provider(b => b.AddRiskDetector(new KeywordDetector()).UseRiskCombiner(HighestLevelRiskCombiner.Instance));

        var result = await provider.GetRequiredService<RiskScreener>().AssessAsync(new RiskScreeningRequest("I want to die"));

        result.Level.Should().Be(RiskLevel.High);
    }

    /// <summary>A kit over the fixture pack, no default detectors, in a container that refuses captive scoped services.</summary>
    private static ServiceProvider Provider(Action<WellbeingKitBuilder> configure)
    {
        var services = new ServiceCollection().AddLogging();
        var builder = services.AddWellbeingKit();
        services.AddSingleton<IContentSource>(new FixedContentSource(FixturePack.Create()));
        services.RemoveAll<IRiskDetector>();
        services.AddSingleton<Disposals>();
        services.AddScoped<ScopedDependency>();
        configure(builder);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private sealed class Disposals
    {
        private int _count;

        public int Count => _count;

        public void Add() => Interlocked.Increment(ref _count);
    }

    private sealed class ScopedDependency
    {
        public string Id { get; } = Guid.NewGuid().ToString("N");
    }

    private sealed class ScopedDetector(ScopedDependency dependency, Disposals disposals) : IRiskDetector, IDisposable
    {
        private readonly KeywordDetector _keywords = new();

        public string Name => "scoped-" + dependency.Id;

        public async ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
            (await _keywords.AssessAsync(request, cancellationToken)) with { Detector = Name };

        public void Dispose() => disposals.Add();
    }

    private sealed class CountingSelector(Disposals disposals) : IExerciseSelector, IDisposable
    {
        public ValueTask<ExerciseSelection> SelectAsync(ExerciseSelectionRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new ExerciseSelection());

        public void Dispose() => disposals.Add();
    }

    private sealed class FixedHandoff(HandoffStatus status) : IHandoffService
    {
        public ValueTask<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new HandoffResult(status));
    }

    private sealed class ScopedHandoff(ScopedDependency dependency) : IHandoffService
    {
        public ValueTask<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new HandoffResult(HandoffStatus.Queued, Reference: dependency.Id));
    }

    private sealed class FixedHandler(HandoffStatus status) : IHandoffHandler
    {
        public ValueTask<HandoffResult> HandleAsync(HandoffRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new HandoffResult(status));
    }

    private sealed class ScopedHandler(ScopedDependency dependency, Disposals disposals) : IHandoffHandler, IDisposable
    {
        public ValueTask<HandoffResult> HandleAsync(HandoffRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new HandoffResult(HandoffStatus.Queued, Reference: dependency.Id));

        public void Dispose() => disposals.Add();
    }

    private sealed class AtMostLow : IRiskCombiner
    {
        public RiskAssessment Combine(IReadOnlyList<RiskAssessment> assessments, RiskScreeningRequest request) =>
            new() { Level = assessments.Max(a => a.Level) > RiskLevel.None ? RiskLevel.Low : RiskLevel.None };
    }

    private sealed class ThrowingCombiner : IRiskCombiner
    {
        public RiskAssessment Combine(IReadOnlyList<RiskAssessment> assessments, RiskScreeningRequest request) =>
            throw new InvalidOperationException("combiner bug");
    }
}
