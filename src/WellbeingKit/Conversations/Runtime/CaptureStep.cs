using WellbeingKit.Content;
using WellbeingKit.Text;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// <c>type: capture</c>: takes free text, saves it and records it as a mood note, a journal entry or a section of the safety
/// plan; "skip" leaves it empty (a plan's section as it was).
/// </summary>
internal sealed class CaptureStep : Step
{
    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say, ReplyKind.Question);
        Prompt(turn, state);
        return Task.FromResult(Transition.Wait);
    }

    public override bool Accepts(Turn turn, FlowState state, string input) =>
        state.Options.Any(o => TextMatch.Same(input, o.Value) || TextMatch.Same(input, turn.Message(o.Label)));

    /// <summary>Free text is what a capture waits for: anything the kit's intents did not take is the answer.</summary>
    public override bool Understands(Turn turn, FlowState state, string input) => true;

    public override Task<Transition> AnswerAsync(Turn turn, string name, FlowState state, string input, CancellationToken cancellationToken)
    {
        var option = state.Options.FirstOrDefault(o => TextMatch.Same(input, o.Value) || TextMatch.Same(input, turn.Message(o.Label)));
        if (option is not null)
        {
            return Task.FromResult(Transition.To(option.Next ?? state.Next));
        }

        var skipped = TextMatch.Same(input, "skip") || TextMatch.Same(input, turn.Message(MessageKeys.CommonSkip)) || TextMatch.Same(input, turn.Message(MessageKeys.ExerciseSkip));
        var text = skipped ? null : input.Trim();
        if (SafetyPlans.Writes(state))
        {
            // The plan is kept in its own encrypted record, not in the conversation's variables; "skip" leaves the section as it was.
            if (text is not null)
            {
                SafetyPlans.Write(turn, state, name, text);
            }

            return Task.FromResult(Next(state));
        }

        turn.Variables[state.SaveAs ?? name] = text ?? "";
        switch (state.Record?.ToLowerInvariant())
        {
            case "mood":
                Recording.Mood(turn, turn.Variable("mood"), text);
                break;
            case "journal" when text is not null:
                Recording.Journal(turn, text);
                break;
        }

        return Task.FromResult(Next(state));
    }

    public override void Prompt(Turn turn, FlowState state)
    {
        foreach (var option in state.Options)
        {
            turn.Offer(option.Value, option.Label);
        }
    }
}
