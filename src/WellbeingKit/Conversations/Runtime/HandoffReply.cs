using WellbeingKit.Handoff;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>What the reply says once the hand-off service answered: honestly whether a person is coming, with the helplines when no one is.</summary>
internal static class HandoffReply
{
    /// <summary>Adds the answer to <paramref name="turn"/>'s reply, in the place marked when the person was asked for.</summary>
    public static void Add(Turn turn, HandoffResult result)
    {
        turn.Reply.AnswerHandoff(result);
        var key = result.Status switch
        {
            HandoffStatus.Accepted => MessageKeys.HandoffAccepted,
            HandoffStatus.Queued => MessageKeys.HandoffQueued,
            _ => MessageKeys.HandoffUnavailable,
        };
        turn.Say(key, ReplyKind.Safety);
        if (result.Status == HandoffStatus.Unavailable && !turn.Reply.All.Any(m => m.Kind == ReplyKind.Helplines))
        {
            turn.ShowHelplines(again: true);
        }
    }
}
