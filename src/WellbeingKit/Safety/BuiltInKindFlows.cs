using WellbeingKit.Content;

namespace WellbeingKit.Safety;

/// <summary>
/// The built-in safety flow for each crisis kind but thoughts of suicide (which the pack's safety flow, or the built-in one,
/// answers): used when a pack's <c>safety_flows</c> names no valid flow for the kind and the user's language is one the
/// kit has texts for (<see cref="BuiltInTexts.Locales"/>). They are the default pack's <c>flows/safety-*.yaml</c>, kept
/// equal by a test, so a pack without them still answers a child's disclosure with the child line and a threat with
/// the emergency number.
/// </summary>
internal static class BuiltInKindFlows
{
    /// <summary>The id prefix of the built-in kind flows (<c>builtin.safety.child_abuse</c>...).</summary>
    public const string Prefix = "builtin.safety.";

    private static readonly Dictionary<string, FlowDefinition> Flows = new FlowDefinition[]
    {
        Imminent(), SelfHarm(), ChildAbuse(), Violence(), HarmToOthers(),
    }.ToDictionary(f => f.Id, StringComparer.Ordinal);

    /// <summary>The built-in flow for a crisis kind, or null (thoughts of suicide, an unknown kind).</summary>
    public static FlowDefinition? ForKind(string? kind) => kind is null ? null : Flows.GetValueOrDefault(Prefix + kind);

    /// <summary>The built-in kind flow with this id, or null.</summary>
    public static FlowDefinition? Find(string? id) => id is null ? null : Flows.GetValueOrDefault(id);

    private static FlowDefinition Imminent() => new()
    {
        Id = Prefix + CrisisKinds.Imminent,
        Kind = FlowKind.Safety,
        Start = "acknowledge",
        States = new Dictionary<string, FlowState>(StringComparer.Ordinal)
        {
            ["acknowledge"] = new() { Type = FlowStepType.Message, Say = ["safety.imminent.acknowledge"], Next = "emergency" },
            ["emergency"] = new() { Type = FlowStepType.Helplines, Say = ["safety.imminent.call-now"], Concerns = ["emergency"], Next = "ask-someone" },
            ["ask-someone"] = new()
            {
                Type = FlowStepType.Question,
                Say = ["safety.imminent.ask-someone"],
                SaveAs = "someone_with_them",
                Options =
                [
                    new FlowOption { Value = "yes", Label = "common.yes", Match = "safety.match.yes", Next = "someone-there" },
                    new FlowOption { Value = "no", Label = "common.no", Match = "safety.match.no", Next = "reach-someone" },
                    new FlowOption { Value = "misunderstood", Label = "safety.option_misunderstood", Match = "safety.match.denied", Next = "denied" },
                ],
            },
            ["someone-there"] = new() { Type = FlowStepType.Message, Say = ["safety.imminent.someone-there"], Next = "ask-means" },
            ["reach-someone"] = new() { Type = FlowStepType.Message, Say = ["safety.imminent.reach-someone"], Next = "ask-means" },
            ["ask-means"] = new()
            {
                Type = FlowStepType.Question,
                Say = ["safety.imminent.ask-means"],
                SaveAs = "means_away",
                Options =
                [
                    new FlowOption { Value = "yes", Label = "common.yes", Match = "safety.match.yes", Next = "means-away" },
                    new FlowOption { Value = "no", Label = "common.no", Match = "safety.match.no", Next = "means-hard" },
                    new FlowOption { Value = "not-sure", Label = "common.not-sure", Match = "safety.match.not-sure", Next = "means-hard" },
                    new FlowOption { Value = "misunderstood", Label = "safety.option_misunderstood", Match = "safety.match.denied", Next = "denied" },
                ],
            },
            ["means-away"] = new() { Type = FlowStepType.Message, Say = ["safety.imminent.means-away"], Next = "request-human" },
            ["means-hard"] = new() { Type = FlowStepType.Message, Say = ["safety.imminent.means-hard"], Next = "request-human" },
            ["request-human"] = new() { Type = FlowStepType.Handoff, HandoffTo = "counsellor", Next = "stay" },
            ["stay"] = new() { Type = FlowStepType.End, Say = ["safety.imminent.stay"] },
            ["denied"] = new() { Type = FlowStepType.Helplines, Say = ["safety.denied"], Next = "denied-end" },
            ["denied-end"] = new() { Type = FlowStepType.End },
        },
    };

    private static FlowDefinition SelfHarm() => new()
    {
        Id = Prefix + CrisisKinds.SelfHarm,
        Kind = FlowKind.Safety,
        Start = "acknowledge",
        States = new Dictionary<string, FlowState>(StringComparer.Ordinal)
        {
            ["acknowledge"] = new() { Type = FlowStepType.Message, Say = ["safety.self-harm.acknowledge"], Next = "helplines" },
            ["helplines"] = new() { Type = FlowStepType.Helplines, Say = ["safety.helplines-intro"], Concerns = ["self-harm", "crisis"], Next = "ask-injury" },
            ["ask-injury"] = new()
            {
                Type = FlowStepType.Question,
                Say = ["safety.self-harm.ask-injury"],
                SaveAs = "injury",
                Options =
                [
                    new FlowOption { Value = "yes", Label = "common.yes", Match = "safety.match.yes", Next = "injury-care" },
                    new FlowOption { Value = "no", Label = "common.no", Match = "safety.match.no", Next = "ask-thoughts" },
                    new FlowOption { Value = "misunderstood", Label = "safety.option_misunderstood", Match = "safety.match.denied", Next = "denied" },
                ],
            },
            ["injury-care"] = new() { Type = FlowStepType.Message, Say = ["safety.self-harm.injury-care"], Next = "ask-thoughts" },
            ["ask-thoughts"] = new()
            {
                Type = FlowStepType.Question,
                Say = ["safety.ask-thoughts"],
                SaveAs = "suicidal_thoughts",
                Options =
                [
                    new FlowOption { Value = "yes", Label = "common.yes", Match = "safety.match.thoughts-yes", Next = "thoughts-yes" },
                    new FlowOption { Value = "no", Label = "common.no", Match = "safety.match.thoughts-no", Next = "thoughts-no" },
                    new FlowOption { Value = "misunderstood", Label = "safety.option_misunderstood", Match = "safety.match.denied", Next = "denied" },
                ],
            },
            ["thoughts-yes"] = new() { Type = FlowStepType.Message, Say = ["safety.thoughts-yes"], Next = "ask-safe" },
            ["ask-safe"] = new()
            {
                Type = FlowStepType.Question,
                Say = ["safety.ask-safe"],
                SaveAs = "safe_now",
                Options =
                [
                    new FlowOption { Value = "yes", Label = "common.yes", Match = "safety.match.yes", Next = "offer-human" },
                    new FlowOption { Value = "no", Label = "common.no", Match = "safety.match.no", Next = "not-safe" },
                    new FlowOption { Value = "not-sure", Label = "common.not-sure", Match = "safety.match.not-sure", Next = "check-not-sure" },
                    new FlowOption { Value = "misunderstood", Label = "safety.option_misunderstood", Match = "safety.match.denied", Next = "denied" },
                ],
            },
            ["check-not-sure"] = new()
            {
                Type = FlowStepType.Question,
                Say = ["safety.check-not-sure"],
                SaveAs = "safe_for_now",
                Options =
                [
                    new FlowOption { Value = "yes", Label = "common.yes", Match = "safety.match.yes", Next = "offer-human" },
                    new FlowOption { Value = "no", Label = "common.no", Match = "safety.match.no", Next = "not-safe" },
                    new FlowOption { Value = "not-sure", Label = "common.not-sure", Match = "safety.match.not-sure", Next = "not-safe" },
                ],
            },
            ["not-safe"] = new() { Type = FlowStepType.Message, Say = ["safety.not-safe"], Next = "request-human" },
            ["thoughts-no"] = new() { Type = FlowStepType.Message, Say = ["safety.self-harm.urges-pass"], Next = "offer-human" },
            ["offer-human"] = new() { Type = FlowStepType.Handoff, Say = ["safety.handoff-offer"], HandoffTo = "counsellor", Next = "close" },
            ["request-human"] = new() { Type = FlowStepType.Handoff, HandoffTo = "counsellor", Next = "stay" },
            ["close"] = new() { Type = FlowStepType.End, Say = ["safety.self-harm.close"] },
            ["stay"] = new() { Type = FlowStepType.End, Say = ["safety.stay"] },
            ["denied"] = new() { Type = FlowStepType.Helplines, Say = ["safety.denied"], Next = "denied-end" },
            ["denied-end"] = new() { Type = FlowStepType.End },
        },
    };

    private static FlowDefinition ChildAbuse() => new()
    {
        Id = Prefix + CrisisKinds.ChildAbuse,
        Kind = FlowKind.Safety,
        Start = "acknowledge",
        States = new Dictionary<string, FlowState>(StringComparer.Ordinal)
        {
            ["acknowledge"] = new() { Type = FlowStepType.Message, Say = ["safety.child-abuse.acknowledge"], Next = "child-line" },
            ["child-line"] = new() { Type = FlowStepType.Helplines, Say = ["safety.child-abuse.child-line"], Concerns = ["child-abuse", "children", "youth"], Next = "who-can-help" },
            ["who-can-help"] = new() { Type = FlowStepType.Message, Say = ["safety.child-abuse.who-can-help", "safety.child-abuse.no-secret"], Next = "ask-safe-place" },
            ["ask-safe-place"] = new()
            {
                Type = FlowStepType.Question,
                Say = ["safety.child-abuse.ask-safe-place"],
                SaveAs = "safe_place",
                Options =
                [
                    new FlowOption { Value = "yes", Label = "common.yes", Match = "safety.match.yes", Next = "safe-place" },
                    new FlowOption { Value = "no", Label = "common.no", Match = "safety.match.no", Next = "not-safe" },
                    new FlowOption { Value = "secret", Label = "safety.child-abuse.option-secret", Match = "safety.match.secret", Next = "secret" },
                    new FlowOption { Value = "misunderstood", Label = "safety.option_misunderstood", Match = "safety.match.denied", Next = "denied" },
                ],
            },
            ["secret"] = new() { Type = FlowStepType.Message, Say = ["safety.child-abuse.secret"], Next = "offer-human" },
            ["safe-place"] = new() { Type = FlowStepType.Message, Say = ["safety.child-abuse.safe-place"], Next = "offer-human" },
            ["not-safe"] = new() { Type = FlowStepType.Message, Say = ["safety.child-abuse.not-safe"], Next = "request-human" },
            ["offer-human"] = new() { Type = FlowStepType.Handoff, Say = ["safety.handoff-offer"], HandoffTo = "counsellor", Next = "close" },
            ["request-human"] = new() { Type = FlowStepType.Handoff, HandoffTo = "counsellor", Next = "close" },
            ["close"] = new() { Type = FlowStepType.End, Say = ["safety.child-abuse.close"] },
            ["denied"] = new() { Type = FlowStepType.Helplines, Say = ["safety.denied"], Next = "denied-end" },
            ["denied-end"] = new() { Type = FlowStepType.End },
        },
    };

    private static FlowDefinition Violence() => new()
    {
        Id = Prefix + CrisisKinds.Violence,
        Kind = FlowKind.Safety,
        Start = "acknowledge",
        States = new Dictionary<string, FlowState>(StringComparer.Ordinal)
        {
            ["acknowledge"] = new() { Type = FlowStepType.Message, Say = ["safety.violence.acknowledge"], Next = "helplines" },
            ["helplines"] = new() { Type = FlowStepType.Helplines, Say = ["safety.violence.helplines"], Concerns = ["domestic-violence", "abuse"], Next = "ask-safe" },
            ["ask-safe"] = new()
            {
                Type = FlowStepType.Question,
                Say = ["safety.violence.ask-safe"],
                SaveAs = "safe_now",
                Options =
                [
                    new FlowOption { Value = "yes", Label = "common.yes", Match = "safety.match.yes", Next = "safe" },
                    new FlowOption { Value = "no", Label = "common.no", Match = "safety.match.no", Next = "not-safe" },
                    new FlowOption { Value = "not-sure", Label = "common.not-sure", Match = "safety.match.not-sure", Next = "not-sure" },
                    new FlowOption { Value = "misunderstood", Label = "safety.option_misunderstood", Match = "safety.match.denied", Next = "denied" },
                ],
            },
            ["safe"] = new() { Type = FlowStepType.Message, Say = ["safety.violence.safe"], Next = "offer-human" },
            ["not-sure"] = new() { Type = FlowStepType.Message, Say = ["safety.violence.not-sure"], Next = "offer-human" },
            ["not-safe"] = new() { Type = FlowStepType.Message, Say = ["safety.violence.not-safe"], Next = "request-human" },
            ["offer-human"] = new() { Type = FlowStepType.Handoff, Say = ["safety.handoff-offer"], HandoffTo = "counsellor", Next = "close" },
            ["request-human"] = new() { Type = FlowStepType.Handoff, HandoffTo = "counsellor", Next = "close" },
            ["close"] = new() { Type = FlowStepType.End, Say = ["safety.violence.close"] },
            ["denied"] = new() { Type = FlowStepType.Helplines, Say = ["safety.denied"], Next = "denied-end" },
            ["denied-end"] = new() { Type = FlowStepType.End },
        },
    };

    private static FlowDefinition HarmToOthers() => new()
    {
        Id = Prefix + CrisisKinds.HarmToOthers,
        Kind = FlowKind.Safety,
        Start = "acknowledge",
        States = new Dictionary<string, FlowState>(StringComparer.Ordinal)
        {
            ["acknowledge"] = new() { Type = FlowStepType.Message, Say = ["safety.harm-to-others.acknowledge"], Next = "emergency" },
            ["emergency"] = new() { Type = FlowStepType.Helplines, Say = ["safety.harm-to-others.emergency"], Concerns = ["emergency"], Next = "ask-distance" },
            ["ask-distance"] = new()
            {
                Type = FlowStepType.Question,
                Say = ["safety.harm-to-others.ask-distance"],
                SaveAs = "distance",
                Options =
                [
                    new FlowOption { Value = "yes", Label = "common.yes", Match = "safety.match.yes", Next = "calm" },
                    new FlowOption { Value = "no", Label = "common.no", Match = "safety.match.no", Next = "urgent" },
                    new FlowOption { Value = "not-sure", Label = "common.not-sure", Match = "safety.match.not-sure", Next = "urgent" },
                    new FlowOption { Value = "misunderstood", Label = "safety.option_misunderstood", Match = "safety.match.denied", Next = "denied" },
                ],
            },
            ["calm"] = new() { Type = FlowStepType.Message, Say = ["safety.harm-to-others.calm"], Next = "offer-human" },
            ["urgent"] = new() { Type = FlowStepType.Message, Say = ["safety.harm-to-others.urgent"], Next = "request-human" },
            ["offer-human"] = new() { Type = FlowStepType.Handoff, Say = ["safety.handoff-offer"], HandoffTo = "counsellor", Next = "close" },
            ["request-human"] = new() { Type = FlowStepType.Handoff, HandoffTo = "counsellor", Next = "close" },
            ["close"] = new() { Type = FlowStepType.End, Say = ["safety.harm-to-others.close"] },
            ["denied"] = new() { Type = FlowStepType.Helplines, Say = ["safety.denied"], Next = "denied-end" },
            ["denied-end"] = new() { Type = FlowStepType.End },
        },
    };
}
