using WellbeingKit.Content;
using WellbeingKit.Risk;
using WellbeingKit.Safety;

namespace WellbeingKit.Tests.Conversations;

/// <summary>The built-in safety flows per crisis kind are the default pack's, so a pack without them answers the same way.</summary>
public sealed class BuiltInKindFlowsTests
{
    public static TheoryData<string> KindsWithOwnFlow() => [.. CrisisKinds.All.Where(k => k != CrisisKinds.SuicidalIdeation)];

    [Theory]
    [MemberData(nameof(KindsWithOwnFlow))]
    public void The_built_in_flow_of_a_kind_has_the_states_of_the_default_packs_flow(string kind)
    {
        var pack = TestKit.DefaultPack;
        var yaml = pack.Flows[pack.Manifest.SafetyFlows[kind]];
        var builtIn = BuiltInKindFlows.ForKind(kind)!;

        builtIn.Start.Should().Be(yaml.Start);
        builtIn.States.Keys.Should().BeEquivalentTo(yaml.States.Keys);
        foreach (var (name, state) in yaml.States)
        {
            var other = builtIn.States[name];
            (other.Type, other.Next, other.HandoffTo, other.SaveAs).Should().Be((state.Type, state.Next, state.HandoffTo, state.SaveAs), name);
            other.Say.Should().Equal(state.Say, name);
            other.Concerns.Should().Equal(state.Concerns, name);
            other.Options.Select(o => (o.Value, o.Label, o.Match, o.Next)).Should().Equal(state.Options.Select(o => (o.Value, o.Label, o.Match, o.Next)), name);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("ar")]
    public void The_built_in_texts_of_the_kind_flows_are_the_default_packs(string locale)
    {
        var pack = TestKit.DefaultPack;
        var keys = CrisisKinds.All.Select(BuiltInKindFlows.ForKind).OfType<FlowDefinition>().SelectMany(f => f.States.Values)
            .SelectMany(s => s.Say.Concat(s.Options.Select(o => o.Label)))
            .Distinct()
            .Where(k => !BuiltInTexts.Keys.Contains(k)); // the kit's own texts (safety.option_misunderstood...) are its to word

        foreach (var key in keys)
        {
            BuiltInTexts.Get(key, locale).Should().Be(pack.GetMessage(key, locale), key);
        }
    }

    [Fact]
    public async Task A_pack_without_safety_flows_answers_a_childs_disclosure_with_the_built_in_child_flow()
    {
        using var kit = TestKit.ScreenedBy(new AbuseDetector());

        var reply = await kit.Say("my dad hits me", locale: "es");

        reply.FlowId.Should().Be(BuiltInKindFlows.Prefix + CrisisKinds.ChildAbuse);
        string.Join("\n", reply.Messages.Select(m => m.Text)).Should().Contain("no es culpa tuya");
    }

    private sealed class AbuseDetector : IRiskDetector
    {
        public string Name => "abuse";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new RiskAssessment { Level = RiskLevel.High, Categories = [RiskCategory.AbuseOrViolence], Score = 0.9, Detector = Name });
    }
}
