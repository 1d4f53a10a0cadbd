using WellbeingKit.Conversations;
using WellbeingKit.Safety;

namespace WellbeingKit.Tests.Conversations;

public sealed class FlowDiagramTests
{
    [Fact]
    public void A_flow_is_drawn_as_a_mermaid_state_diagram_with_option_and_guard_labels()
    {
        var mermaid = FlowDiagram.ToMermaid(FixturePack.Create().Flows["checkin"]);
        mermaid.Should().StartWith("stateDiagram-v2");
        mermaid.Should().Contain("[*] --> ask_mood");
        mermaid.Should().Contain("ask_mood --> note : 2");
        mermaid.Should().Contain("route --> low : mood <= 2");
        mermaid.Should().Contain("route --> fine : else");
        mermaid.Should().Contain("low --> [*]");
        mermaid.Should().Contain("state \"note (capture, record mood)\" as note");
    }

    [Fact]
    public void The_built_in_safety_flow_can_be_drawn() =>
        FlowDiagram.ToMermaid(BuiltInFlows.Safety).Should().Contain("ask_safe --> handoff : handoff");
}
