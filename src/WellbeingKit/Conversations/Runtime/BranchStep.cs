using WellbeingKit.Content;

namespace WellbeingKit.Conversations.Runtime;

/// <summary><c>type: branch</c>: the first case whose guard holds decides the next state, else <c>else</c>.</summary>
internal sealed class BranchStep(StepServices services) : Step
{
    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say);
        foreach (var branch in state.Cases)
        {
            if (services.Condition(branch.When)?.Evaluate(turn.Variable) == true)
            {
                return Task.FromResult(Transition.To(branch.Next));
            }
        }

        return Task.FromResult(Transition.To(state.Else ?? state.Next));
    }
}
