using WellbeingKit.Content;
using WellbeingKit.Text;

namespace WellbeingKit.Conversations.Runtime;

/// <summary><c>type: question</c>: asks with quick replies, saves the chosen value and follows the option's <c>next</c>.</summary>
internal sealed class QuestionStep : Step
{
    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say, ReplyKind.Question);
        Prompt(turn, state);
        return Task.FromResult(Transition.Wait);
    }

    public override bool Accepts(Turn turn, FlowState state, string input) => MatchExactly(turn, state, input) is not null;

    public override bool Understands(Turn turn, FlowState state, string input) => MatchSynonym(turn, state, input) is not null;

    public override Task<Transition> AnswerAsync(Turn turn, string name, FlowState state, string input, CancellationToken cancellationToken)
    {
        var option = MatchExactly(turn, state, input) ?? MatchSynonym(turn, state, input);
        if (option is null)
        {
            Reask(turn, state);
            return Task.FromResult(Transition.Wait);
        }

        turn.Variables[state.SaveAs ?? name] = option.Value;
        if (string.Equals(state.Record, "mood", StringComparison.OrdinalIgnoreCase))
        {
            Recording.Mood(turn, option.Value, note: null);
        }

        return Task.FromResult(Transition.To(option.Next ?? state.Next));
    }

    public override void Prompt(Turn turn, FlowState state)
    {
        foreach (var option in state.Options)
        {
            turn.Offer(option.Value, option.Label);
        }
    }

    private static FlowOption? MatchExactly(Turn turn, FlowState state, string input) =>
        state.Options.FirstOrDefault(o => TextMatch.Same(input, o.Value))
        ?? state.Options.FirstOrDefault(o => TextMatch.Same(input, turn.Message(o.Label)));

    /// <summary>The option whose synonyms (its <c>match</c> phrases) hold the longest phrase found in the input.</summary>
    internal static FlowOption? MatchSynonym(Turn turn, FlowState state, string input)
    {
        FlowOption? best = null;
        var bestLength = 0;
        foreach (var option in state.Options)
        {
            if (option.Match is null)
            {
                continue;
            }

            var length = TextMatch.LongestMatch(input, Intents.Phrases(turn, option.Match));
            if (length > bestLength)
            {
                best = option;
                bestLength = length;
            }
        }

        return best;
    }
}
