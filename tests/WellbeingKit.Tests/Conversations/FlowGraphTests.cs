using WellbeingKit.Content;
using WellbeingKit.Safety;

namespace WellbeingKit.Tests.Conversations;

public sealed class FlowGraphTests
{
    private static FlowDefinition Flow(string start, Dictionary<string, FlowState> states) =>
        new() { Id = "test", Start = start, States = states };

    [Fact]
    public void An_option_without_its_own_next_goes_where_the_question_goes()
    {
        var graph = FlowGraph.Of(Flow("ask", new()
        {
            ["ask"] = new()
            {
                Type = FlowStepType.Question,
                Options = [new FlowOption { Value = "yes", Label = "l.yes", Next = "good" }, new FlowOption { Value = "no", Label = "l.no" }],
                Next = "other",
            },
            ["good"] = new() { Type = FlowStepType.End },
            ["other"] = new() { Type = FlowStepType.End },
        }));

        graph.From("ask").Should().BeEquivalentTo(
            [
                new FlowEdge("ask", "good", "yes", "/states/ask/options/0/next"),
                new FlowEdge("ask", "other", "no", "/states/ask/next"),
            ],
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void A_branch_tries_its_cases_then_else()
    {
        var graph = FlowGraph.Of(Flow("route", new()
        {
            ["route"] = new() { Type = FlowStepType.Branch, Cases = [new FlowCase { When = "mood <= 2", Next = "low" }], Else = "fine" },
            ["low"] = new() { Type = FlowStepType.End },
            ["fine"] = new() { Type = FlowStepType.End },
        }));

        graph.From("route").Select(e => (e.To, e.Label)).Should().Equal(("low", "mood <= 2"), ("fine", "else"));
    }

    [Fact]
    public void A_capture_goes_on_with_free_text_and_an_end_state_ends_the_flow()
    {
        var graph = FlowGraph.Of(Flow("note", new()
        {
            ["note"] = new() { Type = FlowStepType.Capture, Next = "bye" },
            ["bye"] = new() { Type = FlowStepType.End },
        }));

        graph.From("note").Should().ContainSingle().Which.Should().Be(new FlowEdge("note", "bye", "text", "/states/note/next"));
        graph.From("bye").Should().ContainSingle().Which.To.Should().BeNull();
    }

    [Fact]
    public void A_next_the_runner_never_takes_still_counts_as_a_reference_but_is_not_taken()
    {
        var graph = FlowGraph.Of(Flow("ask", new()
        {
            ["ask"] = new() { Type = FlowStepType.Question, Options = [new FlowOption { Value = "a", Label = "l.a", Next = "bye" }], Next = "spare" },
            ["spare"] = new() { Type = FlowStepType.End },
            ["bye"] = new() { Type = FlowStepType.End },
        }));

        graph.From("ask").Should().Contain(new FlowEdge("ask", "spare", null, "/states/ask/next", Taken: false));
        graph.Reachable().Should().BeEquivalentTo(["ask", "spare", "bye"]);
    }

    [Fact]
    public void Targets_that_name_no_state_are_dangling_once_per_field()
    {
        var graph = FlowGraph.Of(Flow("ask", new()
        {
            ["ask"] = new()
            {
                Type = FlowStepType.Question,
                Options = [new FlowOption { Value = "a", Label = "l.a" }, new FlowOption { Value = "b", Label = "l.b" }],
                Next = "nowhere",
            },
        }));

        graph.Dangling.Should().ContainSingle().Which.Pointer.Should().Be("/states/ask/next");
    }

    [Fact]
    public void States_no_edge_leads_to_are_not_reachable()
    {
        var graph = FlowGraph.Of(Flow("a", new()
        {
            ["a"] = new() { Type = FlowStepType.Message, Next = "b" },
            ["b"] = new() { Type = FlowStepType.End },
            ["island"] = new() { Type = FlowStepType.End },
        }));

        graph.Reachable().Should().BeEquivalentTo(["a", "b"]);
    }

    [Fact]
    public void A_flow_whose_start_does_not_exist_reaches_nothing()
    {
        var graph = FlowGraph.Of(Flow("missing", new() { ["a"] = new() { Type = FlowStepType.End } }));

        graph.HasStart.Should().BeFalse();
        graph.Reachable().Should().BeEmpty();
    }

    [Fact]
    public void A_state_name_with_a_slash_is_escaped_in_pointers()
    {
        var graph = FlowGraph.Of(Flow("a/b", new() { ["a/b"] = new() { Type = FlowStepType.Message, Next = "gone" } }));

        graph.Dangling.Single().Pointer.Should().Be("/states/a~1b/next");
    }

    [Fact]
    public void The_graph_of_a_flow_is_built_once() =>
        FlowGraph.Of(BuiltInFlows.Safety).Should().BeSameAs(FlowGraph.Of(BuiltInFlows.Safety));
}
