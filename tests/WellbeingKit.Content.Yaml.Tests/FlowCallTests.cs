namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>A <c>type: flow</c> state: what validate refuses, each at its file, line and column.</summary>
public sealed class FlowCallTests
{
    private static string Hub(string called) => $"""
        id: hub
        kind: general
        start: open
        states:
          open:
            type: flow
            flow: {called}
            next: done
          done:
            type: end
        """;

    private static IReadOnlyList<string> ProblemsWith(IReadOnlyDictionary<string, string?> files)
    {
        using var pack = new TestPack(files);
        return pack.Problems();
    }

    [Fact]
    public void A_flow_state_that_starts_a_flow_of_the_pack_is_valid() =>
        ProblemsWith(new Dictionary<string, string?> { ["flows/hub.yaml"] = Hub("daily") }).Should().BeEmpty();

    [Fact]
    public void Validate_refuses_an_unknown_flow_id_with_a_suggestion() =>
        ProblemsWith(new Dictionary<string, string?> { ["flows/hub.yaml"] = Hub("dialy") })
            .Should().Equal("flows/hub.yaml:7:11: state 'open' starts flow 'dialy', which does not exist; did you mean 'daily'?");

    [Fact]
    public void Validate_refuses_flows_that_start_each_other() =>
        ProblemsWith(new Dictionary<string, string?> { ["flows/hub.yaml"] = Hub("loop"), ["flows/loop.yaml"] = Hub("hub").Replace("id: hub", "id: loop", StringComparison.Ordinal) })
            .Should().Equal("flows/hub.yaml:7:11: state 'open' starts flow 'loop', which starts 'hub' again (hub → loop → hub); a flow cannot start itself, even through others: end the loop with next: instead");

    [Fact]
    public void Validate_refuses_a_flow_that_starts_itself() =>
        ProblemsWith(new Dictionary<string, string?> { ["flows/hub.yaml"] = Hub("hub") })
            .Should().Equal("flows/hub.yaml:7:11: state 'open' starts flow 'hub', the flow it is in; a flow cannot start itself: use next: to go back to a state");

    [Fact]
    public void Validate_refuses_a_flow_state_that_starts_the_safety_flow() =>
        ProblemsWith(new Dictionary<string, string?> { ["flows/hub.yaml"] = Hub("safety") })
            .Should().Equal("flows/hub.yaml:7:11: state 'open' starts the safety flow 'safety'; only the kit starts a safety flow (on a crisis): use a helplines or handoff state instead");
}
