using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>Keeps help one tap away: the helplines and "Get help now" after an escalation, and "talk to a person" in the safety flow.</summary>
internal static class HelpVisibility
{
    /// <summary>
    /// For <see cref="WellbeingKitOptions.HelpVisibleFor"/> after an escalation, every reply carries the helplines and a
    /// "Get help now" quick reply, whatever the flow.
    /// </summary>
    public static void Keep(Turn turn)
    {
        if (!turn.Safety && !Escalation.HelpVisible(turn))
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
