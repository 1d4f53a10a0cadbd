namespace WellbeingKit.Content.Yaml;

/// <summary>A safety flow shows helplines on its way from the start and offers a person, or the kit would not use it.</summary>
internal sealed class SafetyFlowHelplinesRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        if (pack.Manifest.Value.SafetyFlow is { } safetyFlow && pack.Flows.TryGetValue(safetyFlow, out var safety) && safety.Value.Kind == FlowKind.Safety)
        {
            CheckShowsHelplines(pack, safety, $"the safety flow '{safetyFlow}'");
        }
    }

    /// <summary>
    /// A safety flow must show helplines on its way from the start and offer a person; otherwise the engine does not use it
    /// (<see cref="Conversations.Runtime.FlowRunner.IsValidSafetyFlow"/>) and runs its built-in flow instead.
    /// </summary>
    internal static void CheckShowsHelplines(PackCheck pack, Located<FlowDefinition> located, string role)
    {
        var flow = located.Value;
        if (!flow.States.ContainsKey(flow.Start))
        {
            return; // already reported: the start state does not exist.
        }

        var reached = FlowGraph.Of(flow).Reachable();
        var missing = new List<string>();
        if (!reached.Any(s => flow.States[s].Type == FlowStepType.Helplines))
        {
            missing.Add("no helplines step reachable from its start '" + flow.Start + "', so a person in crisis would not see the numbers");
        }

        if (!flow.States.Values.Any(s => s.Type == FlowStepType.Handoff))
        {
            missing.Add("no handoff step, so a person in crisis could not ask for a human");
        }

        if (missing.Count > 0 || !Conversations.Runtime.FlowRunner.IsValidSafetyFlow(flow))
        {
            if (missing.Count == 0)
            {
                return; // a missing target, reported where it is.
            }

            pack.Problems.AddAtKey(located, "/states", $"{role} has {string.Join(" and ", missing)} (the kit would not use it and would run its built-in flow, in English): add {(missing.Count == 2 ? "a state with 'type: helplines' right after the first message and a state with 'type: handoff'" : missing[0].StartsWith("no helplines", StringComparison.Ordinal) ? "a state with 'type: helplines' right after the first message" : "a state with 'type: handoff' that offers a person")}");
        }
    }
}
