namespace WellbeingKit.Content.Yaml;

/// <summary>Every state of a flow can be reached from its start (<see cref="FlowGraph.Reachable"/>).</summary>
internal sealed class FlowReachabilityRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        foreach (var located in pack.Flows.Values)
        {
            var flow = located.Value;
            var graph = FlowGraph.Of(flow);
            if (!graph.HasStart || graph.Dangling.Any())
            {
                // A misspelt target already says what is wrong: the states it leaves unreached are not reported again.
                continue;
            }

            var reached = graph.Reachable();
            foreach (var name in flow.States.Keys.Where(n => !reached.Contains(n)))
            {
                pack.Problems.AddAtKey(located, JsonPointer.Append("/states", name), $"state '{name}' cannot be reached from the start state '{flow.Start}' of flow '{flow.Id}'");
            }
        }
    }
}
