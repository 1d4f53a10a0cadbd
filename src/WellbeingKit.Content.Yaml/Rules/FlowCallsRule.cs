namespace WellbeingKit.Content.Yaml;

/// <summary>
/// A <c>type: flow</c> state names a flow of the pack ("did you mean"), never a safety flow (the kit starts those on a
/// crisis), and flows do not start themselves, directly or through others.
/// </summary>
internal sealed class FlowCallsRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        var flows = pack.Flows;
        foreach (var located in flows.Values)
        {
            foreach (var (name, state) in located.Value.States)
            {
                if (state.Type != FlowStepType.Flow)
                {
                    continue;
                }

                var at = JsonPointer.Append("/states", name);
                if (state.Flow is null)
                {
                    pack.Problems.AddAtKey(located, at, $"state '{name}' is a flow state but names no flow to start (add flow: <id>)");
                }
                else if (!flows.TryGetValue(state.Flow, out var called))
                {
                    if (!pack.Sources.IsBroken(ContentFileKind.Flow, state.Flow))
                    {
                        pack.Problems.AddAt(located, at + "/flow", $"state '{name}' starts flow '{state.Flow}', which does not exist{Suggestions.DidYouMean(state.Flow, flows.Keys, Suggestions.Known(flows.Keys))}");
                    }
                }
                else if (pack.IsSafetyFlow(state.Flow) || called.Value.Kind == FlowKind.Safety)
                {
                    pack.Problems.AddAt(located, at + "/flow", $"state '{name}' starts the safety flow '{state.Flow}'; only the kit starts a safety flow (on a crisis): use a helplines or handoff state instead");
                }
                else if (CycleBack(flows, state.Flow, located.Value.Id) is { } cycle && cycle.Min(StringComparer.Ordinal) == located.Value.Id)
                {
                    pack.Problems.AddAt(located, at + "/flow", cycle.Count == 1
                        ? $"state '{name}' starts flow '{state.Flow}', the flow it is in; a flow cannot start itself: use next: to go back to a state"
                        : $"state '{name}' starts flow '{state.Flow}', which starts '{located.Value.Id}' again ({string.Join(" → ", cycle.Prepend(located.Value.Id))}); a flow cannot start itself, even through others: end the loop with next: instead");
                }
            }
        }
    }

    /// <summary>The flows from <paramref name="from"/> back to <paramref name="to"/> through flow states (ending with <paramref name="to"/>), or null.</summary>
    private static List<string>? CycleBack(Dictionary<string, Located<FlowDefinition>> flows, string from, string to)
    {
        var parent = new Dictionary<string, string?>(StringComparer.Ordinal) { [from] = null };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var id))
        {
            if (id == to)
            {
                var path = new List<string>();
                for (string? at = id; at is not null; at = parent[at])
                {
                    path.Add(at);
                }

                path.Reverse();
                return path;
            }

            if (!flows.TryGetValue(id, out var flow))
            {
                continue;
            }

            foreach (var called in flow.Value.States.Values.Where(s => s.Type == FlowStepType.Flow && s.Flow is not null).Select(s => s.Flow!))
            {
                if (parent.TryAdd(called, id))
                {
                    queue.Enqueue(called);
                }
            }
        }

        return null;
    }
}
