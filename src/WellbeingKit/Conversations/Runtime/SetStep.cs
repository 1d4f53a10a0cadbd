using WellbeingKit.Content;

namespace WellbeingKit.Conversations.Runtime;

/// <summary><c>type: set</c>: the variables are set by the entry action; says its texts and moves on.</summary>
internal sealed class SetStep : Step
{
    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say);
        return Task.FromResult(Next(state));
    }
}
