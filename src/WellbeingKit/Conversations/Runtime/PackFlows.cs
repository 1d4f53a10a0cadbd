using System.Runtime.CompilerServices;
using WellbeingKit.Content;
using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// Which flows of a pack are which: a flow by id (built-in or the pack's), the safety flow in use for a crisis kind, and
/// whether a pack's safety flow is complete enough to be used (content cannot weaken the crisis path).
/// </summary>
internal static class PackFlows
{
    private static readonly ConditionalWeakTable<ContentPack, FlowDefinition> SafetyFlows = [];
    private static readonly ConditionalWeakTable<ContentPack, Dictionary<string, FlowDefinition>> KindFlows = [];

    /// <summary>The safety flow of <paramref name="pack"/>: its own <c>safety_flow</c> when valid, else the built-in one.</summary>
    public static FlowDefinition SafetyFlowOf(ContentPack pack) => SafetyFlows.GetValue(pack, p =>
    {
        var id = p.Manifest.SafetyFlow;
        return id is not null && p.Flows.TryGetValue(id, out var flow) && IsValidSafetyFlow(flow) ? flow : BuiltInFlows.Safety;
    });

    /// <summary>
    /// The safety flow for a crisis kind (<see cref="CrisisKinds"/>): the pack's <c>safety_flows</c> entry for it when
    /// valid; else, for a kind other than thoughts of suicide and a language the kit has texts for, the built-in flow of
    /// that kind (a child's disclosure never gets only "are you safe?"); else the pack's safety flow, else the built-in one.
    /// </summary>
    public static FlowDefinition SafetyFlowOf(ContentPack pack, string? kind, string? locale = null)
    {
        if (kind is null)
        {
            return SafetyFlowOf(pack);
        }

        var flows = pack.Manifest.SafetyFlows.Count == 0 ? null : KindFlows.GetValue(pack, p => p.Manifest.SafetyFlows
            .Where(e => p.Flows.TryGetValue(e.Value, out var f) && f.Kind == FlowKind.Safety && IsValidSafetyFlow(f))
            .ToDictionary(e => e.Key, e => p.Flows[e.Value], StringComparer.Ordinal));
        return flows?.GetValueOrDefault(kind)
            ?? (BuiltInKindFlows.ForKind(kind) is { } builtIn && HasBuiltInTexts(locale ?? pack.Manifest.DefaultLocale) ? builtIn : null)
            ?? SafetyFlowOf(pack);
    }

    private static bool HasBuiltInTexts(string locale) =>
        BuiltInTexts.Locales.Contains(Locales.Language(locale), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A pack's safety flow is used only when it is complete (<see cref="FlowGraph.IsValidSafetyFlow"/>): anything less
    /// and the built-in flow runs instead, so content cannot weaken the crisis path.
    /// </summary>
    private static bool IsValidSafetyFlow(FlowDefinition flow) => FlowGraph.Of(flow).IsValidSafetyFlow();

    /// <summary>The flow <paramref name="id"/>: a built-in one or the pack's.</summary>
    public static FlowDefinition? Find(ContentPack pack, string id) => id switch
    {
        BuiltInFlows.SafetyFlowId => BuiltInFlows.Safety,
        BuiltInFlows.ResumeFlowId => BuiltInFlows.Resume,
        _ => pack.Flows.GetValueOrDefault(id) ?? BuiltInKindFlows.Find(id),
    };

    /// <summary>True for the safety flows in use (one per crisis kind) and for the built-in one.</summary>
    public static bool IsSafetyFlow(ContentPack pack, string? flowId) =>
        flowId is not null && (flowId == BuiltInFlows.SafetyFlowId || BuiltInKindFlows.Find(flowId) is not null || flowId == SafetyFlowOf(pack).Id
            || (pack.Manifest.SafetyFlows.Values.Contains(flowId, StringComparer.Ordinal) && CrisisKinds.All.Any(k => SafetyFlowOf(pack, k).Id == flowId)));
}
