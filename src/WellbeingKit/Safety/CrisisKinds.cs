using WellbeingKit.Risk;

namespace WellbeingKit.Safety;

/// <summary>
/// The crisis kinds a pack can give its own safety flow (<c>safety_flows:</c> in <c>pack.yaml</c>), and which one a
/// screening result is.
/// </summary>
public static class CrisisKinds
{
    /// <summary>Thoughts of suicide.</summary>
    public const string SuicidalIdeation = "suicidal_ideation";

    /// <summary>Imminent danger (a plan, means, tonight).</summary>
    public const string Imminent = "imminent";

    /// <summary>Self-harm.</summary>
    public const string SelfHarm = "self_harm";

    /// <summary>Abuse of a child.</summary>
    public const string ChildAbuse = "child_abuse";

    /// <summary>Partner or family violence.</summary>
    public const string Violence = "violence";

    /// <summary>A threat to harm someone else.</summary>
    public const string HarmToOthers = "harm_to_others";

    /// <summary>All kinds.</summary>
    public static IReadOnlyList<string> All { get; } = [SuicidalIdeation, Imminent, SelfHarm, ChildAbuse, Violence, HarmToOthers];

    /// <summary>
    /// The crisis kind of a screening result: harm to others first (the calm, de-escalating script), then abuse of a
    /// child, imminent danger, violence, self-harm; thoughts of suicide otherwise (and when nothing more is known).
    /// </summary>
    /// <param name="risk">The screening result.</param>
    /// <returns>One of <see cref="All"/>.</returns>
    public static string Of(RiskAssessment risk) => Of(risk, childContext: false);

    /// <summary>
    /// As <see cref="Of(RiskAssessment)"/>; abuse or violence told in words that place it in a child's life (a parent,
    /// step-parent, teacher or coach, "our secret": the pack's <c>safety.match.child-context</c> phrases) is abuse of a child.
    /// </summary>
    internal static string Of(RiskAssessment risk, bool childContext)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var names = risk.Categories.Select(c => Snake(c.ToString())).ToHashSet(StringComparer.Ordinal);
        var rules = risk.Evidence.Select(e => e.RuleId).ToList();
        if (names.Contains(HarmToOthers))
        {
            return HarmToOthers;
        }

        var abuse = names.Contains(Violence) || names.Contains("abuse_or_violence");
        if (names.Contains(ChildAbuse) || rules.Any(r => r.Contains("child", StringComparison.OrdinalIgnoreCase)) || (abuse && childContext))
        {
            return ChildAbuse;
        }

        if (risk.Level >= RiskLevel.Imminent)
        {
            return Imminent;
        }

        if (abuse)
        {
            return Violence;
        }

        return names.Contains(SelfHarm) && !names.Contains(SuicidalIdeation) ? SelfHarm : SuicidalIdeation;
    }

    /// <summary>"SelfHarm" → "self_harm".</summary>
    internal static string Snake(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
