using WellbeingKit.Content;

namespace WellbeingKit.Safety;

/// <summary>
/// The flows the kit always has, whatever the content pack: the safety flow (used when the pack has no valid
/// <c>safety_flow</c>) and the "continue where we left off" offer.
/// </summary>
public static class BuiltInFlows
{
    /// <summary>The id of the built-in safety flow.</summary>
    public const string SafetyFlowId = "builtin.safety";

    /// <summary>The id of the built-in flow that offers to resume a suspended flow.</summary>
    public const string ResumeFlowId = "builtin.resume";

    /// <summary>The quick-reply value that asks for a person (hand-off) in the safety flow.</summary>
    public const string HandoffValue = "handoff";

    /// <summary>
    /// The built-in safety flow: acknowledge, show the helplines, ask whether the person is safe right now and offer a person.
    /// Its texts are the <c>safety.*</c> keys of <see cref="BuiltInTexts"/>; a pack can reword them.
    /// </summary>
    public static FlowDefinition Safety { get; } = new()
    {
        Id = SafetyFlowId,
        Kind = FlowKind.Safety,
        Start = "acknowledge",
        States = new Dictionary<string, FlowState>(StringComparer.Ordinal)
        {
            ["acknowledge"] = new() { Type = FlowStepType.Message, Say = ["safety.intro"], Next = "helplines" },
            ["helplines"] = new() { Type = FlowStepType.Helplines, Say = ["safety.helplines"], Next = "ask-safe" },
            ["ask-safe"] = new()
            {
                Type = FlowStepType.Question,
                Say = ["safety.ask_safe"],
                SaveAs = "safe_now",
                Options =
                [
                    new FlowOption { Value = "safe", Label = "safety.option_safe", Match = "safety.match.yes", Next = "safe" },
                    new FlowOption { Value = "not-safe", Label = "safety.option_not_safe", Match = "safety.match.no", Next = "urgent" },
                    new FlowOption { Value = HandoffValue, Label = "safety.option_handoff", Next = "handoff" },
                    new FlowOption { Value = "misunderstood", Label = "safety.option_misunderstood", Match = "safety.match.denied", Next = "denied" },
                ],
            },
            ["denied"] = new() { Type = FlowStepType.End, Say = ["safety.denied"] },
            ["urgent"] = new() { Type = FlowStepType.Message, Say = ["safety.urgent"], Next = "handoff" },
            ["handoff"] = new() { Type = FlowStepType.Handoff, HandoffTo = "counsellor", Next = "close" },
            ["safe"] = new() { Type = FlowStepType.Message, Say = ["safety.safe"], Next = "close" },
            ["close"] = new() { Type = FlowStepType.End, Say = ["safety.close"] },
        },
    };

    /// <summary>The offer to continue a flow the safety flow (or another) suspended.</summary>
    public static FlowDefinition Resume { get; } = new()
    {
        Id = ResumeFlowId,
        Kind = FlowKind.General,
        Start = "offer",
        States = new Dictionary<string, FlowState>(StringComparer.Ordinal)
        {
            ["offer"] = new()
            {
                Type = FlowStepType.Question,
                Say = ["resume.offer"],
                SaveAs = "_resume",
                Options =
                [
                    new FlowOption { Value = "yes", Label = "resume.option_yes", Next = "done" },
                    new FlowOption { Value = "no", Label = "resume.option_no", Next = "done" },
                ],
            },
            ["done"] = new() { Type = FlowStepType.End },
        },
    };

    /// <summary>
    /// The helpline shown when the pack has none for the user's country and no international one: the international
    /// directory Find A Helpline, which lists free, confidential services by country.
    /// </summary>
    public static Helpline InternationalDirectory { get; } = new()
    {
        Country = Helpline.International,
        Name = "Find A Helpline",
        Url = "https://findahelpline.com",
        Hours = "24/7",
        Topics = ["crisis"],
        Source = "https://findahelpline.com (international directory of free, confidential helplines)",
    };
}
