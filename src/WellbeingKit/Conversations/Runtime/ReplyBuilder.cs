using WellbeingKit.Content;
using WellbeingKit.Handoff;
using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// The reply a turn is building: messages, quick replies, helplines, the safety plan shown. A hand-off asked for in the
/// turn is answered only after the save; its answer is kept apart and takes the place marked when the request was made
/// (<see cref="MarkHandoff"/>), before what the flow said afterwards.
/// </summary>
internal sealed class ReplyBuilder
{
    private bool _answeringHandoff;

    /// <summary>The messages the flow said, in order (the hand-off answer not included).</summary>
    public List<ReplyMessage> Messages { get; } = [];

    /// <summary>The hand-off answer, said after the save.</summary>
    public List<ReplyMessage> HandoffAnswer { get; } = [];

    public List<QuickReply> QuickReplies { get; } = [];

    public List<Helpline> Helplines { get; } = [];

    /// <summary>The safety plan to show, when the user asked for it.</summary>
    public SafetyPlanView? SafetyPlan { get; set; }

    /// <summary>The hand-off status, once the hand-off service answered.</summary>
    public HandoffResult? Handoff { get; private set; }

    /// <summary>Where the hand-off answer goes in <see cref="Messages"/>; null when no person was asked for in this turn.</summary>
    public int? HandoffSlot { get; private set; }

    /// <summary>Every message in reply order: the flow's, with the hand-off answer in its place.</summary>
    public IEnumerable<ReplyMessage> All => HandoffSlot is { } at && HandoffAnswer.Count > 0
        ? Messages.Take(at).Concat(HandoffAnswer).Concat(Messages.Skip(at))
        : Messages;

    /// <summary>How many messages the reply holds.</summary>
    public int Count => Messages.Count + HandoffAnswer.Count;

    /// <summary>Adds a message: to the flow's messages, or to the hand-off answer once <see cref="AnswerHandoff"/> was called.</summary>
    public void Add(ReplyMessage message) => (_answeringHandoff ? HandoffAnswer : Messages).Add(message);

    /// <summary>Marks where the answer to a hand-off requested now will go.</summary>
    public void MarkHandoff() => HandoffSlot = Messages.Count;

    /// <summary>Takes the hand-off service's answer: from now on, messages go to <see cref="HandoffAnswer"/>.</summary>
    public void AnswerHandoff(HandoffResult result)
    {
        Handoff = result;
        _answeringHandoff = true;
    }
}
