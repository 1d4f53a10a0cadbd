using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Safety;

namespace WellbeingKit.Tests.Conversations;

/// <summary>A <c>type: flow</c> state starts another flow and the conversation comes back to its <c>next</c>.</summary>
public sealed class FlowCompositionTests
{
    private static ContentPack Pack() => FixturePack.Create(extraFlows: new Dictionary<string, FlowDefinition>
    {
        ["hub"] = FixturePack.Flow("hub", "open", new() { ["en"] = ["hub"] }, new()
        {
            ["open"] = new() { Type = FlowStepType.Flow, Flow = "checkin", Next = "after" },
            ["after"] = new() { Type = FlowStepType.End, Say = ["menu.bye"] },
        }),
    });

    private static string AllText(Reply reply) => string.Join("\n", reply.Messages.Select(m => m.Text));

    [Fact]
    public async Task A_flow_state_starts_the_other_flow()
    {
        using var kit = new TestKit(Pack());
        var reply = await kit.Say("hub");
        reply.FlowId.Should().Be("checkin");
        AllText(reply).Should().Contain("How is your mood, from 1 to 5?");
    }

    [Fact]
    public async Task When_the_called_flow_ends_the_conversation_returns_to_the_callers_next_state()
    {
        using var kit = new TestKit(Pack());
        var reply = await kit.SayAll("hub", "4", "nothing more");
        AllText(reply).Should().Be("Thanks for checking in.\nTake care.");
        (await kit.Store.GetAsync("u1"))!.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task The_way_back_to_the_caller_survives_saving_and_loading_the_conversation()
    {
        using var first = new TestKit(Pack());
        await first.SayAll("hub", "4");
        var saved = await first.Store.GetAsync("u1");
        saved!.Calls.Should().Equal(new FlowCall("hub", "after", "checkin"));
        using var second = new TestKit(Pack());
        await second.Store.TrySaveAsync(saved with { Version = 0 });
        var reply = await second.Say("nothing more");
        AllText(reply).Should().EndWith("Take care.");
    }

    [Fact]
    public async Task A_crisis_inside_the_called_flow_gets_the_safety_response()
    {
        using var kit = new TestKit(Pack());
        await kit.Say("hub");
        var reply = await kit.Say("I want to die");
        reply.Safety.Should().BeTrue();
        reply.FlowId.Should().Be(BuiltInFlows.SafetyFlowId);
        reply.Helplines.Should().NotBeEmpty();
    }

    [Fact]
    public async Task After_a_crisis_the_resumed_called_flow_still_returns_to_the_caller()
    {
        using var kit = new TestKit(Pack());
        await kit.SayAll("hub", "I want to die", "safe");
        var resumed = await kit.Say("yes");
        resumed.FlowId.Should().Be("checkin");
        var reply = await kit.SayAll("4", "nothing more");
        AllText(reply).Should().Be("Thanks for checking in.\nTake care.");
    }

    [Fact]
    public async Task Stop_inside_the_called_flow_ends_it_without_going_back_to_the_caller()
    {
        using var kit = new TestKit(Pack());
        var reply = await kit.SayAll("hub", "stop");
        reply.FlowId.Should().BeNull();
        AllText(reply).Should().NotContain("Take care.");
        (await kit.Store.GetAsync("u1"))!.Calls.Should().BeEmpty();
    }

    [Fact]
    public void The_diagram_shows_the_flow_state_and_its_way_back()
    {
        var mermaid = FlowDiagram.ToMermaid(Pack().Flows["hub"]);
        mermaid.Should().Contain("state \"open (starts flow checkin)\" as open");
        mermaid.Should().Contain("open --> after : after flow checkin");
    }
}
