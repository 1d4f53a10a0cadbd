namespace WellbeingKit.Content.Yaml;

/// <summary>The flows <c>pack.yaml</c> names exist and are of the right kind: <c>start_flow</c>, <c>safety_flow</c> and each of <c>safety_flows</c>; and <c>default_locale</c> is one of the locales.</summary>
internal sealed class ManifestFlowsRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        var manifest = pack.Manifest;
        var flows = pack.Flows;
        var value = manifest.Value;
        if (value.Locales.Count > 0 && !value.Locales.Any(l => string.Equals(l.Code, value.DefaultLocale, StringComparison.OrdinalIgnoreCase)))
        {
            pack.Problems.AddAt(manifest, "/default_locale", $"default_locale '{value.DefaultLocale}' is not one of the pack's locales ({string.Join(", ", pack.Locales)})");
        }

        if (value.StartFlow is not null && !flows.ContainsKey(value.StartFlow) && !pack.Sources.IsBroken(ContentFileKind.Flow, value.StartFlow))
        {
            pack.Problems.AddAt(manifest, "/start_flow", $"start_flow '{value.StartFlow}' is not a flow of the pack{Suggestions.DidYouMean(value.StartFlow, flows.Keys, Suggestions.Known(flows.Keys))}");
        }

        if (value.SafetyFlow is null)
        {
            pack.Problems.Add(manifest.Path, 1, 1, "pack.yaml names no safety_flow; every locale needs a safety flow (a flow of kind safety)");
        }
        else if (!flows.TryGetValue(value.SafetyFlow, out var safety))
        {
            if (!pack.Sources.IsBroken(ContentFileKind.Flow, value.SafetyFlow))
            {
                pack.Problems.AddAt(manifest, "/safety_flow", $"safety_flow '{value.SafetyFlow}' is not a flow of the pack{Suggestions.DidYouMean(value.SafetyFlow, flows.Keys, Suggestions.Known(flows.Keys))}");
            }
        }
        else if (safety.Value.Kind != FlowKind.Safety)
        {
            pack.Problems.AddAt(manifest, "/safety_flow", $"safety_flow '{value.SafetyFlow}' is a flow of kind '{YamlNames.Kebab(safety.Value.Kind)}'; it must be of kind 'safety'");
        }

        CheckSafetyFlows(pack, manifest, flows);
    }

    /// <summary><c>safety_flows:</c> maps crisis kinds to flows of kind safety (their messages are checked in every locale with the flow).</summary>
    private static void CheckSafetyFlows(PackCheck pack, Located<PackManifest> manifest, Dictionary<string, Located<FlowDefinition>> flows)
    {
        foreach (var (kind, id) in manifest.Value.SafetyFlows)
        {
            var at = JsonPointer.Append("/safety_flows", kind);
            if (!WellbeingKit.Safety.CrisisKinds.All.Contains(kind, StringComparer.Ordinal))
            {
                pack.Problems.AddAtKey(manifest, at, $"safety_flows names '{kind}', which is not a crisis kind (one of {string.Join(", ", WellbeingKit.Safety.CrisisKinds.All)})");
            }
            else if (!flows.TryGetValue(id, out var flow))
            {
                if (!pack.Sources.IsBroken(ContentFileKind.Flow, id))
                {
                    pack.Problems.AddAt(manifest, at, $"safety_flows.{kind} '{id}' is not a flow of the pack{Suggestions.Known(flows.Keys)}");
                }
            }
            else if (flow.Value.Kind != FlowKind.Safety)
            {
                pack.Problems.AddAt(manifest, at, $"safety_flows.{kind} '{id}' is a flow of kind '{YamlNames.Kebab(flow.Value.Kind)}'; it must be of kind 'safety'");
            }
        }
    }
}
