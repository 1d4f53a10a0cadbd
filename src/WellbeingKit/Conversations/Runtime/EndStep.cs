using WellbeingKit.Content;

namespace WellbeingKit.Conversations.Runtime;

/// <summary><c>type: end</c>: says its texts and ends the flow.</summary>
internal sealed class EndStep : Step
{
    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say);
        return Task.FromResult(Transition.End);
    }
}
