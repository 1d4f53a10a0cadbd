namespace WellbeingKit.Content.Yaml;

/// <summary>Each flow's start state exists, and every state a flow goes to (<see cref="FlowGraph"/>) exists, with "did you mean".</summary>
internal sealed class FlowTargetsRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        foreach (var located in pack.Flows.Values)
        {
            var flow = located.Value;
            if (!flow.States.ContainsKey(flow.Start))
            {
                pack.Problems.AddAt(located, "/start", $"start state '{flow.Start}' does not exist in flow '{flow.Id}'");
            }

            foreach (var edge in FlowGraph.Of(flow).Dangling)
            {
                pack.Problems.AddAt(located, edge.Pointer, $"state '{edge.From}' goes to '{edge.To}', which does not exist in flow '{flow.Id}'{Suggestions.DidYouMean(edge.To!, flow.States.Keys)}");
            }
        }
    }
}
