using WellbeingKit.Content;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// What one kind of state does. <see cref="EnterAsync"/> runs when the flow enters the state; a state that waits for
/// the user gets their next message in <see cref="AnswerAsync"/>.
/// </summary>
internal abstract class Step
{
    /// <summary>Enters the state. <paramref name="resuming"/> is true when a suspended flow comes back to it.</summary>
    public abstract Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken);

    /// <summary>True when the user's text is one of the answers this state expects (so it wins over flow triggers).</summary>
    public virtual bool Accepts(Turn turn, FlowState state, string input) => false;

    /// <summary>
    /// True when the user's text is not one of the answers as written but the state still understands it (a synonym
    /// of an option, free text where free text is expected). The kit's intents ("help", "talk to a person") are tried
    /// before this, flow triggers after it.
    /// </summary>
    public virtual bool Understands(Turn turn, FlowState state, string input) => false;

    /// <summary>Handles the user's answer while the flow waits here.</summary>
    public virtual Task<Transition> AnswerAsync(Turn turn, string name, FlowState state, string input, CancellationToken cancellationToken) =>
        EnterAsync(turn, name, state, resuming: true, cancellationToken);

    /// <summary>Offers the quick replies of the waiting state again (after a restart or a replayed message).</summary>
    public virtual void Prompt(Turn turn, FlowState state)
    {
    }

    protected static Transition Next(FlowState state) => Transition.To(state.Next);

    /// <summary>
    /// Re-asks: "please choose one of these options" and the quick replies again. In a safety conversation never a
    /// bare "choose an option": it acknowledges what the user wrote, shows the helplines again and asks again.
    /// </summary>
    protected void Reask(Turn turn, FlowState state)
    {
        if (turn.Safety)
        {
            turn.Say(MessageKeys.SafetyNotUnderstood);
            turn.ShowHelplines(again: true);
            turn.SayAll(state.Say, ReplyKind.Question);
        }
        else
        {
            turn.Say(MessageKeys.EngineChooseOption, ReplyKind.Question);
        }

        Prompt(turn, state);
    }
}
