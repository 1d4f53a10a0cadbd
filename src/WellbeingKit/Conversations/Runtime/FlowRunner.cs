using Microsoft.Extensions.Logging;
using WellbeingKit.Content;
using WellbeingKit.Events;
using WellbeingKit.Safety;
using WellbeingKit.Text;
using static WellbeingKit.Conversations.Runtime.PackFlows;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// Runs the YAML flows as state machines. A turn either starts a flow (the pack's start flow, or one whose trigger
/// the user typed), answers the state the flow waits in, or hands over to the safety flow, which suspends the
/// active flow so it can be resumed afterwards.
/// </summary>
internal sealed partial class FlowRunner
{
    private const int MaxHops = 64;

    /// <summary>How deep flows may start flows (<c>type: flow</c>); validate refuses cycles, this guards the runtime.</summary>
    private const int MaxCallDepth = 8;

    private readonly Dictionary<FlowStepType, Step> _steps;
    private readonly StepServices _services;

    public FlowRunner(StepServices services)
    {
        _services = services;
        _steps = new Dictionary<FlowStepType, Step>
        {
            [FlowStepType.Message] = new MessageStep(),
            [FlowStepType.Question] = new QuestionStep(),
            [FlowStepType.Capture] = new CaptureStep(),
            [FlowStepType.Exercise] = new ExerciseStep(services),
            [FlowStepType.Questionnaire] = new QuestionnaireStep(services),
            [FlowStepType.Branch] = new BranchStep(services),
            [FlowStepType.Set] = new SetStep(),
            [FlowStepType.Helplines] = new HelplinesStep(),
            [FlowStepType.Handoff] = new HandoffStep(),
            [FlowStepType.End] = new EndStep(),
            [FlowStepType.Flow] = new FlowStep(),
            [FlowStepType.SafetyPlan] = new SafetyPlanStep(services),
        };
    }

    /// <summary>Runs one turn.</summary>
    public async Task RunAsync(Turn turn, bool crisis, CancellationToken cancellationToken)
    {
        MoveToSafePointIfGone(turn);
        turn.Safety = IsSafetyFlow(turn.Pack, turn.FlowId);
        if (crisis && !AnswersWithinCrisis(turn))
        {
            if (!(AsksOnlyForThePlan(turn) && await ShowPlanInCrisisAsync(turn, cancellationToken).ConfigureAwait(false)))
            {
                await StartSafetyAsync(turn, CurrentPosition(turn), "screening", cancellationToken).ConfigureAwait(false);
            }
        }
        else if (!Accepted(turn) && Intents.Of(turn, turn.Text, wholeMessageOnly: WaitsForFreeText(turn)) is var intent && intent != KitIntent.None)
        {
            await HandleIntentAsync(turn, intent, cancellationToken).ConfigureAwait(false);
        }
        else if (turn.FlowId is null || turn.StateName is null)
        {
            await StartFromTextAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await AnswerAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        HelpVisibility.Keep(turn);
    }

    /// <summary>True when the waiting state takes the text as one of its answers, as written.</summary>
    private bool Accepted(Turn turn) =>
        Waiting(turn) is { } state && _steps[state.Type].Accepts(turn, state, turn.Text);

    private static bool WaitsForFreeText(Turn turn) => Waiting(turn)?.Type == FlowStepType.Capture;

    private static FlowState? Waiting(Turn turn) =>
        turn.FlowId is not null && turn.StateName is not null && Find(turn.Pack, turn.FlowId) is { } flow
        && flow.States.TryGetValue(turn.StateName, out var state) ? state : null;

    /// <summary>
    /// The kit's own intents, in every flow: helplines, a person, stop, the safety plan. After showing helplines or
    /// the plan, the waiting question's quick replies come again, so the conversation goes on where it was.
    /// </summary>
    private async Task HandleIntentAsync(Turn turn, KitIntent intent, CancellationToken cancellationToken)
    {
        switch (intent)
        {
            case KitIntent.Help:
                turn.Say(MessageKeys.HelpIntro, ReplyKind.Safety);
                turn.ShowHelplines(again: true);
                Prompt(turn);
                break;
            case KitIntent.Person when turn.Safety && Find(turn.Pack, turn.FlowId!) is { } safety && FirstHandoffState(safety) is { } handoff:
                await EnterAsync(turn, safety, handoff, resuming: false, cancellationToken).ConfigureAwait(false);
                break;
            case KitIntent.Person:
                HandoffStep.Request(turn, "counsellor");
                Prompt(turn);
                break;
            case KitIntent.Stop when turn.FlowId is not null && turn.Safety:
                // Respect it, keep the safety net: no more questions, help stays one tap away.
                var safetyFlow = Find(turn.Pack, turn.FlowId)!;
                turn.ClearInternal(safetyFlow.Id);
                turn.FlowId = null;
                turn.StateName = null;
                turn.Say(MessageKeys.SafetyStopped);
                break;
            case KitIntent.Stop when turn.FlowId is not null:
                var flow = Find(turn.Pack, turn.FlowId)!;
                Abandon(turn);
                turn.DropCalls();
                turn.Say(MessageKeys.CommonStopped);
                await EndAsync(turn, flow, cancellationToken).ConfigureAwait(false);
                break;
            case KitIntent.SafetyPlan:
                await SafetyPlanAsync(turn, cancellationToken).ConfigureAwait(false);
                break;
            default:
                turn.Say(MessageKeys.CommonStopped);
                break;
        }

        if (turn.Safety)
        {
            HelpVisibility.OfferPerson(turn);
        }
    }

    /// <summary>
    /// The user answers the state the flow waits in. An answer the state does not expect may ask for a person (in the
    /// safety flow) or start another flow through its trigger; anything else is the state's to handle (it asks again).
    /// </summary>
    private async Task AnswerAsync(Turn turn, CancellationToken cancellationToken)
    {
        var flow = Find(turn.Pack, turn.FlowId!)!;
        var state = flow.States[turn.StateName!];
        var step = _steps[state.Type];
        var expected = step.Accepts(turn, state, turn.Text) || step.Understands(turn, state, turn.Text);
        if (!expected && !turn.Safety && FlowTriggers.Match(turn) is { } triggered)
        {
            Abandon(turn);
            await StartAsync(turn, triggered, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var transition = await step.AnswerAsync(turn, turn.StateName!, state, turn.Text, cancellationToken).ConfigureAwait(false);
            await FollowAsync(turn, flow, transition, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Safety)
        {
            HelpVisibility.OfferPerson(turn);
        }
    }

    /// <summary>The state to enter when the user asks for a person: a hand-off that asks at once (no <c>say</c>) first.</summary>
    private static string? FirstHandoffState(FlowDefinition flow) =>
        flow.States.FirstOrDefault(s => s.Value.Type == FlowStepType.Handoff && s.Value.Say.Count == 0).Key
        ?? flow.States.FirstOrDefault(s => s.Value.Type == FlowStepType.Handoff).Key;

    /// <summary>Offers the quick replies of the state the conversation waits in (used when a message is replayed).</summary>
    public void Prompt(Turn turn)
    {
        if (turn.FlowId is not null && turn.StateName is not null
            && Find(turn.Pack, turn.FlowId) is { } flow && flow.States.TryGetValue(turn.StateName, out var state))
        {
            _steps[state.Type].Prompt(turn, state);
        }
    }

    private static SuspendedFlow? CurrentPosition(Turn turn) =>
        turn.FlowId is null || turn.StateName is null || turn.FlowId == BuiltInFlows.ResumeFlowId || IsSafetyFlow(turn.Pack, turn.FlowId)
            ? null
            : new SuspendedFlow(turn.FlowId, turn.StateName);

    private static bool Exists(ContentPack pack, string flowId, string? state) =>
        state is not null && Find(pack, flowId) is { } flow && flow.States.ContainsKey(state);

    private void MoveToSafePointIfGone(Turn turn)
    {
        var gone = turn.Suspended.RemoveAll(s => !Exists(turn.Pack, s.FlowId, s.State));
        gone += turn.Calls.RemoveAll(c => Find(turn.Pack, c.Called) is null || (c.Next is null ? Find(turn.Pack, c.FlowId) is null : !Exists(turn.Pack, c.FlowId, c.Next)));
        if (turn.FlowId is not null && !Exists(turn.Pack, turn.FlowId, turn.StateName))
        {
            turn.DropCalls();
            _services.Logger.LogWarning(
                "The stored position {Flow}/{State} no longer exists in the content pack; the user goes back to the start.", turn.FlowId, turn.StateName);
            turn.ClearInternal(turn.FlowId);
            turn.FlowId = null;
            turn.StateName = null;
            turn.Say(MessageKeys.EngineRestart);
        }
        else if (gone > 0)
        {
            _services.Logger.LogWarning("{Count} suspended flow(s) no longer exist in the content pack and were dropped.", gone);
        }
    }

    private async Task StartFromTextAsync(Turn turn, CancellationToken cancellationToken)
    {
        var flow = FlowTriggers.Match(turn);
        if (flow is null && turn.Pack.Manifest.StartFlow is { } start)
        {
            flow = turn.Pack.Flows.GetValueOrDefault(start);
            if (flow is null)
            {
                _services.Logger.LogError("The pack's start flow '{Flow}' does not exist.", start);
            }
        }

        if (flow is null)
        {
            turn.Say(MessageKeys.EngineFallback);
            return;
        }

        await StartAsync(turn, flow, cancellationToken).ConfigureAwait(false);
    }

    private async Task StartAsync(Turn turn, FlowDefinition flow, CancellationToken cancellationToken)
    {
        if (flow.Id == SafetyFlowOf(turn.Pack).Id)
        {
            await StartSafetyAsync(turn, CurrentPosition(turn), "trigger", cancellationToken).ConfigureAwait(false);
            return;
        }

        turn.DropCalls();
        turn.Suspended.RemoveAll(s => s.FlowId == flow.Id);
        turn.ClearInternal(flow.Id);
        await EnterAsync(turn, flow, flow.Start, resuming: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A <c>type: flow</c> state of <paramref name="caller"/> starts <paramref name="calledId"/>, remembering where the
    /// caller goes on. False (nothing started) for a flow that does not exist, a safety flow, or one already calling:
    /// validate refuses those packs, and the caller then moves on to its <c>next</c>.
    /// </summary>
    private async Task<bool> CallAsync(Turn turn, FlowDefinition caller, string? calledId, string? next, CancellationToken cancellationToken)
    {
        var called = calledId is null ? null : Find(turn.Pack, calledId);
        if (called is null || called.Id == BuiltInFlows.ResumeFlowId || IsSafetyFlow(turn.Pack, called.Id) || called.Id == caller.Id
            || turn.Calls.Count >= MaxCallDepth || turn.Calls.Any(c => c.FlowId == called.Id))
        {
            _services.Logger.LogError(
                "Flow '{Flow}' cannot start flow '{Called}' (it does not exist, is a safety flow, or would start itself); it goes on.", caller.Id, calledId);
            return false;
        }

        turn.Calls.Add(new FlowCall(caller.Id, next, called.Id));
        turn.Suspended.RemoveAll(s => s.FlowId == called.Id);
        turn.ClearInternal(called.Id);
        await EnterAsync(turn, called, called.Start, resuming: false, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task EnterAsync(Turn turn, FlowDefinition flow, string stateName, bool resuming, CancellationToken cancellationToken)
    {
        if (!flow.States.TryGetValue(stateName, out var state))
        {
            _services.Logger.LogError("Flow '{Flow}' has no state '{State}'; the flow ends.", flow.Id, stateName);
            await EndAsync(turn, flow, cancellationToken).ConfigureAwait(false);
            return;
        }

        turn.FlowId = flow.Id;
        turn.StateName = stateName;
        foreach (var (name, value) in state.Set)
        {
            turn.Variables[name] = Substitute(turn, value);
        }

        var transition = await _steps[state.Type].EnterAsync(turn, stateName, state, resuming, cancellationToken).ConfigureAwait(false);
        await FollowAsync(turn, flow, transition, cancellationToken).ConfigureAwait(false);
    }

    private async Task FollowAsync(Turn turn, FlowDefinition flow, Transition transition, CancellationToken cancellationToken)
    {
        for (var hops = 0; ; hops++)
        {
            switch (transition.Kind)
            {
                case TransitionKind.Wait:
                    return;
                case TransitionKind.End:
                    await EndAsync(turn, flow, cancellationToken).ConfigureAwait(false);
                    return;
                case TransitionKind.Safety:
                    var resumeAt = transition.Target is null ? null : new SuspendedFlow(flow.Id, transition.Target);
                    await StartSafetyAsync(turn, resumeAt, "questionnaire-risk-item", cancellationToken).ConfigureAwait(false);
                    return;
                case TransitionKind.Call:
                    var next = flow.States[turn.StateName!].Next;
                    if (await CallAsync(turn, flow, transition.Target, next, cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }

                    transition = Transition.To(next);
                    continue;
            }

            if (hops >= MaxHops || !flow.States.TryGetValue(transition.Target!, out var state))
            {
                _services.Logger.LogError("Flow '{Flow}' loops or names a missing state '{State}'; the flow ends.", flow.Id, transition.Target);
                await EndAsync(turn, flow, cancellationToken).ConfigureAwait(false);
                return;
            }

            turn.FlowId = flow.Id;
            turn.StateName = transition.Target;
            foreach (var (name, value) in state.Set)
            {
                turn.Variables[name] = Substitute(turn, value);
            }

            transition = await _steps[state.Type].EnterAsync(turn, transition.Target!, state, resuming: false, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task EndAsync(Turn turn, FlowDefinition flow, CancellationToken cancellationToken)
    {
        turn.ClearInternal(flow.Id);
        turn.FlowId = null;
        turn.StateName = null;
        if (flow.Id == BuiltInFlows.ResumeFlowId)
        {
            var answer = turn.Variable("_resume");
            turn.Variables.Remove("_resume");
            if (answer == "yes" && turn.Suspended.Count > 0)
            {
                var resume = turn.Suspended[^1];
                turn.Suspended.RemoveAt(turn.Suspended.Count - 1);
                turn.Say(MessageKeys.CommonResumed);
                await EnterAsync(turn, Find(turn.Pack, resume.FlowId)!, resume.State, resuming: true, cancellationToken).ConfigureAwait(false);
                return;
            }

            foreach (var dropped in turn.Suspended)
            {
                turn.ClearInternal(dropped.FlowId);
            }

            turn.Suspended.Clear();
            turn.DropCalls();
            turn.Say(MessageKeys.ResumeDeclined);
            return;
        }

        // A flow started by another (type: flow) ends: the caller goes on at its next state, or ends too.
        if (turn.Calls.Count > 0 && turn.Calls[^1].Called == flow.Id && !IsSafetyFlow(turn.Pack, flow.Id))
        {
            var call = turn.Calls[^1];
            turn.Calls.RemoveAt(turn.Calls.Count - 1);
            if (Find(turn.Pack, call.FlowId) is { } caller)
            {
                if (call.Next is null)
                {
                    await EndAsync(turn, caller, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await EnterAsync(turn, caller, call.Next, resuming: false, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
        }

        // No offer to go back to an exercise right after asking for a person: the person's answer comes first.
        if (turn.Suspended.Count > 0 && !(turn.Safety && turn.Reply.HandoffSlot is not null))
        {
            await EnterAsync(turn, BuiltInFlows.Resume, BuiltInFlows.Resume.Start, resuming: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The user left the active flow for another: an exercise in progress counts as abandoned.</summary>
    private static void Abandon(Turn turn)
    {
        if (turn.FlowId is null)
        {
            return;
        }

        if (turn.Variable(turn.Internal("exercise.id")) is { } exerciseId)
        {
            Recording.Feedback(turn, exerciseId, completed: false, rating: null);
        }

        turn.ClearInternal(turn.FlowId);
    }

    private static string Substitute(Turn turn, string value)
    {
        foreach (var (name, v) in turn.Variables)
        {
            value = value.Replace("{" + name + "}", v, StringComparison.Ordinal);
        }

        return value;
    }
}
