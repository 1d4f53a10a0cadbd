using Microsoft.Extensions.Logging;
using WellbeingKit.Events;
using WellbeingKit.Safety;
using WellbeingKit.Text;
using static WellbeingKit.Conversations.Runtime.PackFlows;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>The flow runner's crisis side: starting the safety conversation, answers within it, and the safety plan asked for.</summary>
internal sealed partial class FlowRunner
{
    /// <summary>
    /// True when, inside a safety conversation, the user asks for a person and the message screens no higher than what
    /// started the conversation: they get the hand-off, not the safety flow's first words again (a screening can read
    /// "can I talk to a real person" as distress; a more severe message still starts the flow again).
    /// </summary>
    /// <remarks>
    /// The same holds for an answer the waiting question takes as written (its value or label, such as a typed
    /// "I'm safe right now"), when the message is of the same crisis kind: the flow answers it, help stays on the reply.
    /// </remarks>
    /// <remarks>
    /// After the safety conversation has ended (a typed denial, say) and while help is still visible
    /// (<see cref="HelpVisibility.Shown(Turn)"/>), a request for a person or for the helplines that screens no higher than the
    /// escalation is answered as that request too; any other crisis message, or a more severe one, starts the flow.
    /// </remarks>
    private bool AnswersWithinCrisis(Turn turn) =>
        HelpVisibility.Shown(turn) && Escalation.StartedAt(turn) is { } started && turn.Risk.Level <= started
        && (Intents.Of(turn, turn.Text) is var intent && (intent == KitIntent.Person || (!turn.Safety && intent == KitIntent.Help))
            || (turn.Safety && Accepted(turn) && KindOf(turn) == Escalation.Kind(turn)));

    /// <summary>The crisis kind of this turn's message: its screening, and whether it places abuse in a child's life.</summary>
    private static string KindOf(Turn turn) =>
        CrisisKinds.Of(turn.Risk, TextMatch.LongestMatch(turn.Text, Intents.Phrases(turn, MessageKeys.SafetyMatchChildContext)) > 0);

    /// <summary>True when the whole message is a request for the safety plan ("my safety plan", its quick-reply value).</summary>
    private static bool AsksOnlyForThePlan(Turn turn) => Intents.Of(turn, turn.Text, wholeMessageOnly: true) == KitIntent.SafetyPlan;

    /// <summary>
    /// "my safety plan" alone can screen as a crisis (a classifier reads "plan"). The plan is the person's own tool for a
    /// crisis, so it is shown, and the crisis response still holds: the escalation is recorded (audit, help kept visible),
    /// the helplines and the emergency advice are on the reply, and in a safety conversation the person is offered.
    /// False (nothing said) when there is no plan, or when it cannot be shown (the store fails, times out, anything throws:
    /// what was said of it is taken back): the safety flow runs as for any crisis.
    /// </summary>
    private async Task<bool> ShowPlanInCrisisAsync(Turn turn, CancellationToken cancellationToken)
    {
        var said = turn.Reply.Messages.Count;
        try
        {
            if (!await SafetyPlans.ShowOrThrowAsync(turn, _services, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            _services.Logger.LogWarning("The safety plan could not be shown in a crisis ({ExceptionType}); the safety flow answers.", e.GetType().Name);
            turn.Reply.Messages.RemoveRange(said, turn.Reply.Messages.Count - said);
            turn.Reply.SafetyPlan = null;
            return false;
        }

        var kind = CrisisKinds.Of(turn.Risk);
        turn.Events.Add(new Escalated(turn.UserId, turn.Now, turn.Risk.Level, turn.Risk.Categories, "safety-plan-request", turn.Risk.EscalatedOnFailure));
        Escalation.Record(turn, turn.Safety, kind);
        turn.ShowHelplines(HelplineText.TopicsFor(Escalation.Kind(turn) ?? kind));
        Prompt(turn);
        HelpVisibility.OfferPerson(turn);
        return true;
    }

    /// <summary>
    /// "My safety plan": shows it, and the waiting question comes again. Asked to make or change it ("change my safety
    /// plan", the plan flow's triggers), or asked to see one not made yet between flows, the flow that builds it starts;
    /// never in place of a safety conversation.
    /// </summary>
    private async Task SafetyPlanAsync(Turn turn, CancellationToken cancellationToken)
    {
        var planFlow = SafetyPlans.FlowOf(turn.Pack);
        var edit = planFlow is not null && !turn.Safety
            && (Text.TextMatch.Same(turn.Text, Intents.SafetyPlanEditValue) || FlowTriggers.Match(turn)?.Id == planFlow.Id);
        if (!edit && await SafetyPlans.ShowAsync(turn, _services, cancellationToken).ConfigureAwait(false))
        {
            Prompt(turn);
            if (planFlow is not null && turn.FlowId is null)
            {
                turn.Offer(Intents.SafetyPlanEditValue, MessageKeys.SafetyPlanOptionEdit);
            }

            return;
        }

        if (planFlow is not null && !turn.Safety && (edit || turn.FlowId is null))
        {
            Abandon(turn);
            await StartAsync(turn, planFlow, cancellationToken).ConfigureAwait(false);
            return;
        }

        turn.Say(MessageKeys.SafetyPlanNone);
        Prompt(turn);
        if (planFlow is not null && !turn.Safety)
        {
            turn.Offer(Intents.SafetyPlanEditValue, MessageKeys.SafetyPlanOptionMake);
        }
    }

    private async Task StartSafetyAsync(Turn turn, SuspendedFlow? suspend, string reason, CancellationToken cancellationToken)
    {
        if (suspend is not null && !turn.Suspended.Contains(suspend))
        {
            turn.Suspended.Add(suspend);
        }

        var alreadyInSafety = turn.Safety;
        turn.Safety = true;
        turn.Events.Add(new Escalated(turn.UserId, turn.Now, turn.Risk.Level, turn.Risk.Categories, reason, turn.Risk.EscalatedOnFailure));
        var kind = KindOf(turn);
        Escalation.Record(turn, alreadyInSafety, kind);
        turn.Variables["safety_reason"] = reason;
        turn.Variables["crisis_kind"] = Escalation.Kind(turn) ?? kind;
        if (turn.FlowId is not null && IsSafetyFlow(turn.Pack, turn.FlowId))
        {
            turn.ClearInternal(turn.FlowId);
        }

        var flow = SafetyFlowOf(turn.Pack, Escalation.Kind(turn), turn.Locale);
        turn.ClearInternal(flow.Id);
        var first = turn.Reply.Messages.Count;
        await EnterAsync(turn, flow, flow.Start, resuming: false, cancellationToken).ConfigureAwait(false);
        if (turn.Reply.Helplines.Count == 0)
        {
            // The pack's flow asks something before it shows helplines: show them now, before the question.
            var before = turn.Reply.Messages.Count;
            turn.ShowHelplines();
            var question = turn.Reply.Messages.FindIndex(first, m => m.Kind == ReplyKind.Question);
            if (question >= 0 && question < before)
            {
                var lines = turn.Reply.Messages.GetRange(before, turn.Reply.Messages.Count - before);
                turn.Reply.Messages.RemoveRange(before, lines.Count);
                turn.Reply.Messages.InsertRange(question, lines);
            }
        }

        HelpVisibility.OfferPerson(turn);
    }
}
