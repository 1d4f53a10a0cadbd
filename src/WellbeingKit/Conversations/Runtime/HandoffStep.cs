using WellbeingKit.Content;
using WellbeingKit.Handoff;
using WellbeingKit.Safety;
using WellbeingKit.Text;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// <c>type: handoff</c>: with <c>say:</c> it offers a person first ("Talk to a person" / "No, thanks"); without, or when the user
/// has just asked for a person, it asks <see cref="IHandoffService"/> at once and says honestly whether one is coming.
/// </summary>
internal sealed class HandoffStep : Step
{
    private const string DeclineValue = "no-thanks";

    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        if (state.Say.Count == 0 || AsksForPerson(turn, turn.Text))
        {
            Request(turn, state);
            return Task.FromResult(Next(state));
        }

        turn.SayAll(state.Say, ReplyKind.Question);
        Prompt(turn, state);
        return Task.FromResult(Transition.Wait);
    }

    public override bool Accepts(Turn turn, FlowState state, string input) => AsksForPerson(turn, input) || Declines(turn, input);

    public override bool Understands(Turn turn, FlowState state, string input) =>
        TextMatch.LongestMatch(input, Intents.Phrases(turn, MessageKeys.HandoffMatchNo)) > 0;

    public override Task<Transition> AnswerAsync(Turn turn, string name, FlowState state, string input, CancellationToken cancellationToken)
    {
        if (AsksForPerson(turn, input))
        {
            Request(turn, state);
            return Task.FromResult(Next(state));
        }

        if (Declines(turn, input) || Understands(turn, state, input))
        {
            return Task.FromResult(Next(state));
        }

        Reask(turn, state);
        return Task.FromResult(Transition.Wait);
    }

    public override void Prompt(Turn turn, FlowState state)
    {
        turn.Offer(BuiltInFlows.HandoffValue, MessageKeys.SafetyOptionHandoff);
        turn.Offer(DeclineValue, MessageKeys.HandoffOptionNo);
    }

    /// <summary>True when the text asks for a person: the <c>handoff</c> value, the "Talk to a person" label or the person intent.</summary>
    public static bool AsksForPerson(Turn turn, string input) =>
        TextMatch.Same(input, BuiltInFlows.HandoffValue) || TextMatch.Same(input, turn.Message(MessageKeys.SafetyOptionHandoff))
        || Intents.Of(turn, input) == KitIntent.Person;

    private static bool Declines(Turn turn, string input) =>
        TextMatch.Same(input, DeclineValue) || TextMatch.Same(input, turn.Message(MessageKeys.HandoffOptionNo)) || TextMatch.Same(input, turn.Message(MessageKeys.ResumeOptionNo)) || TextMatch.Same(input, "no");

    private static void Request(Turn turn, FlowState state) => Request(turn, state.HandoffTo ?? "counsellor");

    /// <summary>
    /// Asks for a person: raises <see cref="HandoffRequested"/>, which the hand-off listener answers after the save. The
    /// request carries the level and categories that started the safety conversation (not those of "yes, a person please").
    /// </summary>
    public static void Request(Turn turn, string to)
    {
        var (level, categories) = Escalation.Of(turn);
        turn.Events.Add(new HandoffRequested(new HandoffRequest
        {
            UserId = turn.UserId,
            To = to,
            Level = level,
            Categories = categories,
            Locale = turn.Locale,
            Country = turn.Country,
            At = turn.Now,
        }));
        turn.Reply.MarkHandoff();
    }
}
