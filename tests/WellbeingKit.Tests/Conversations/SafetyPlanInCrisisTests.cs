using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WellbeingKit.Risk;
using WellbeingKit.Safety;

namespace WellbeingKit.Tests.Conversations;

/// <summary>"my safety plan" read as a crisis: whatever fails showing the plan, the crisis still gets the safety reply.</summary>
public sealed class SafetyPlanInCrisisTests
{
    private static TestKit Kit(ISafetyPlanStore plans) =>
        TestKit.ScreenedBy(new FlagsPlanRequests(), TestKit.DefaultPack, b => b.Services.Replace(ServiceDescriptor.Singleton(plans)));

    private static string Text(string key) => TestKit.DefaultPack.GetMessage(key, "en") ?? BuiltInTexts.Get(key, "en")!;

    [Fact]
    public async Task A_plan_store_that_fails_in_a_crisis_leaves_the_full_safety_reply()
    {
        using var kit = Kit(new FailingPlans());

        var reply = await kit.Say("my safety plan", country: "GB");

        reply.Safety.Should().BeTrue();
        reply.SafetyPlan.Should().BeNull();
        reply.Messages.Should().Contain(m => m.Kind == ReplyKind.Helplines && m.Text.Contains("116 123"));
        reply.Messages.Should().Contain(m => m.Text == Text(MessageKeys.SafetyEmergency));
        reply.Messages.Should().NotContain(m => m.Text == Text(MessageKeys.SafetyPlanUnavailable));
    }

    [Fact]
    public async Task A_plan_store_that_fails_in_a_crisis_still_records_the_escalation()
    {
        using var kit = Kit(new FailingPlans());

        await kit.Say("my safety plan", country: "GB");

        var events = await kit.Store.ReadAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        events.Should().Contain(e => e.Kind == WellbeingKit.Privacy.AuditEventKind.Escalation && e.Level == RiskLevel.High);
    }

    [Fact]
    public async Task Outside_a_crisis_a_plan_store_that_fails_says_so_with_the_helplines()
    {
        using var kit = Kit(new FailingPlans());

        var reply = await kit.Say("my safety plan please", country: "GB");

        reply.Messages.Should().Contain(m => m.Text == Text(MessageKeys.SafetyPlanUnavailable));
        reply.Helplines.Should().NotBeEmpty();
    }

    /// <summary>A classifier that reads exactly "my safety plan" as a crisis (as a model trained on "plan" may).</summary>
    private sealed class FlagsPlanRequests : IRiskDetector
    {
        public string Name => "flags-plan-requests";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(string.Equals(request.Text, "my safety plan", StringComparison.OrdinalIgnoreCase)
                ? new RiskAssessment { Level = RiskLevel.High, Categories = [RiskCategory.SuicidalIdeation], Score = 0.9, Detector = Name }
                : RiskAssessment.None);
    }

    private sealed class FailingPlans : ISafetyPlanStore
    {
        public Task<SafetyPlan?> GetSafetyPlanAsync(string userId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The plan store is down.");

        public Task<SafetyPlan> SetSafetyPlanSectionAsync(string userId, string section, IReadOnlyList<string> items, DateTimeOffset at, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The plan store is down.");
    }
}
