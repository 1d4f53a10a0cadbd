using WellbeingKit.Content;
using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>Keeps help one tap away: the helplines and "Get help now" after an escalation, and "talk to a person" in the safety flow.</summary>
internal static class HelpVisibility
{
    /// <summary>
    /// The one rule for "is this conversation in the safety conversation": its safety flow is active, or help is still
    /// pinned (within <paramref name="helpVisibleFor"/> of its last escalation, <see cref="EscalationVariables.HelpPinned"/>).
    /// </summary>
    public static bool Shown(bool inSafetyFlow, IReadOnlyDictionary<string, string> variables, DateTimeOffset now, TimeSpan helpVisibleFor) =>
        inSafetyFlow || EscalationVariables.HelpPinned(variables, now, helpVisibleFor);

    /// <summary>The rule of <see cref="Shown(bool, IReadOnlyDictionary{string, string}, DateTimeOffset, TimeSpan)"/> during a turn.</summary>
    public static bool Shown(Turn turn) => Shown(turn.Safety, turn.Variables, turn.Now, turn.HelpVisibleFor);

    /// <summary>
    /// The rule of <see cref="Shown(bool, IReadOnlyDictionary{string, string}, DateTimeOffset, TimeSpan)"/> for a stored
    /// conversation, outside a turn (care, check-ins); without a pack only the built-in safety flow is known.
    /// </summary>
    public static bool Shown(ContentPack? pack, ConversationState? state, DateTimeOffset now, TimeSpan helpVisibleFor) =>
        state is not null
        && Shown(pack is null ? state.FlowId == BuiltInFlows.SafetyFlowId : PackFlows.IsSafetyFlow(pack, state.FlowId), state.Variables, now, helpVisibleFor);

    /// <summary>
    /// For <see cref="WellbeingKitOptions.HelpVisibleFor"/> after an escalation, every reply carries the helplines and a
    /// "Get help now" quick reply, whatever the flow.
    /// </summary>
    public static void Keep(Turn turn)
    {
        if (!Shown(turn))
        {
            return;
        }

        if (turn.Reply.Helplines.Count == 0)
        {
            turn.Reply.Helplines.AddRange(turn.Helplines());
        }

        if (!turn.Reply.QuickReplies.Any(q => q.Value == Intents.HelpValue))
        {
            turn.Offer(Intents.HelpValue, MessageKeys.SafetyOptionHelp);
        }
    }

    /// <summary>While the safety flow waits for an answer, a "talk to a person" quick reply is always there, whatever the content says.</summary>
    public static void OfferPerson(Turn turn)
    {
        if (turn.FlowId is not null && PackFlows.IsSafetyFlow(turn.Pack, turn.FlowId) && turn.Reply.QuickReplies.Count > 0
            && !turn.Reply.QuickReplies.Any(q => q.Value == BuiltInFlows.HandoffValue))
        {
            turn.Offer(BuiltInFlows.HandoffValue, MessageKeys.SafetyOptionHandoff);
        }
    }
}
