namespace WellbeingKit.Content.Yaml;

/// <summary>
/// The safety flow, and each per-category safety flow of <c>safety_flows:</c>, shows helplines on its way from the start
/// and offers a person, or the kit would not use it.
/// </summary>
internal sealed class SafetyFlowHelplinesRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        var manifest = pack.Manifest.Value;
        if (manifest.SafetyFlow is { } safetyFlow && pack.Flows.TryGetValue(safetyFlow, out var safety) && safety.Value.Kind == FlowKind.Safety)
        {
            CheckShowsHelplines(pack, safety, $"the safety flow '{safetyFlow}'");
        }

        // Each per-category safety flow (safety_flows:) is held to the same rule: one the kit would not use leaves
        // people in that kind of crisis with the built-in flow, in English.
        var byFlow = manifest.SafetyFlows
            .Where(e => e.Value != manifest.SafetyFlow && WellbeingKit.Safety.CrisisKinds.All.Contains(e.Key, StringComparer.Ordinal))
            .GroupBy(e => e.Value, StringComparer.Ordinal);
        foreach (var kinds in byFlow)
        {
            if (pack.Flows.TryGetValue(kinds.Key, out var flow) && flow.Value.Kind == FlowKind.Safety)
            {
                CheckShowsHelplines(pack, flow, $"the safety flow '{kinds.Key}' (safety_flows: {string.Join(", ", kinds.Select(k => k.Key).Order(StringComparer.Ordinal))})");
            }
        }
    }

    /// <summary>
    /// A safety flow must show helplines on its way from the start and offer a person; otherwise the engine does not use it
    /// (<see cref="FlowGraph.IsValidSafetyFlow"/>) and runs its built-in flow instead.
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

        // A flow the engine would not use for a missing target only (FlowGraph.IsValidSafetyFlow) is reported where the
        // target is named (FlowTargetsRule).
        if (missing.Count > 0)
        {
            pack.Problems.AddAtKey(located, "/states", $"{role} has {string.Join(" and ", missing)} (the kit would not use it and would run its built-in flow, in English): add {(missing.Count == 2 ? "a state with 'type: helplines' right after the first message and a state with 'type: handoff'" : missing[0].StartsWith("no helplines", StringComparison.Ordinal) ? "a state with 'type: helplines' right after the first message" : "a state with 'type: handoff' that offers a person")}");
        }
    }
}
