using WellbeingKit.Content;

namespace WellbeingKit.Conversations.Runtime;

/// <summary><c>type: safety-plan</c>: says its texts, shows the user's safety plan (or <c>safety_plan.none</c>) and moves on.</summary>
internal sealed class SafetyPlanStep(StepServices services) : Step
{
    public override async Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say);
        if (!await SafetyPlans.ShowAsync(turn, services, cancellationToken).ConfigureAwait(false))
        {
            turn.Say(MessageKeys.SafetyPlanNone);
        }

        return Next(state);
    }
}
