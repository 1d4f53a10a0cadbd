using WellbeingKit.Content;

namespace WellbeingKit.Conversations.Runtime;

/// <summary><c>type: flow</c>: says its texts and starts another flow; the runner comes back to <c>next</c> when it ends.</summary>
internal sealed class FlowStep : Step
{
    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say);
        return Task.FromResult(Transition.Call(state.Flow));
    }
}
