using WellbeingKit.Content;

namespace WellbeingKit.Conversations.Runtime;

/// <summary><c>type: helplines</c>: shows the helplines for the user's country and the international ones.</summary>
internal sealed class HelplinesStep : Step
{
    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say);
        turn.ShowHelplines(state.Concerns.Count > 0 ? state.Concerns : null);
        return Task.FromResult(Next(state));
    }
}
