using WellbeingKit.Content;

namespace WellbeingKit.Conversations.Runtime;

/// <summary><c>type: message</c>: says its texts and moves on.</summary>
internal sealed class MessageStep : Step
{
    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say);
        return Task.FromResult(Next(state));
    }
}
