using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using WellbeingKit.Content;
using WellbeingKit.Conversations.Conditions;
using WellbeingKit.Exercises;
using WellbeingKit.Handoff;
using WellbeingKit.Privacy;
using WellbeingKit.Safety;
using WellbeingKit.UserData;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>Where a flow goes after a state did its work.</summary>
internal readonly record struct Transition(TransitionKind Kind, string? Target = null)
{
    public static Transition Wait => new(TransitionKind.Wait);

    public static Transition End => new(TransitionKind.End);

    /// <summary>Go to <paramref name="state"/>, or end the flow when it is null.</summary>
    public static Transition To(string? state) => state is null ? End : new(TransitionKind.GoTo, state);

    /// <summary>Start the safety flow; the current flow resumes at <paramref name="resumeAt"/> afterwards (null: it ends).</summary>
    public static Transition Safety(string? resumeAt) => new(TransitionKind.Safety, resumeAt);
}

internal enum TransitionKind
{
    Wait,
    GoTo,
    End,
    Safety,
}

/// <summary>The services the steps use.</summary>
internal sealed class StepServices
{
    private readonly ConcurrentDictionary<string, ConditionExpression?> _conditions = new(StringComparer.Ordinal);

    public required IExerciseSelector? Selector { get; init; }

    public required IHandoffService Handoff { get; init; }

    public required IUserDataStore UserData { get; init; }

    public required IAuditLog Audit { get; init; }

    public required ILogger Logger { get; init; }

    public Telemetry.WellbeingKitTelemetry Telemetry { get; init; } = WellbeingKit.Telemetry.WellbeingKitTelemetry.Shared;

    /// <summary>Parses a guard once; null (and a log line) when it is not valid.</summary>
    public ConditionExpression? Condition(string text) => _conditions.GetOrAdd(text, t =>
    {
        try
        {
            return ConditionExpression.Parse(t);
        }
        catch (ConditionSyntaxException e)
        {
            Logger.LogError("The guard '{Guard}' is not valid: {Reason}; it counts as false.", t, e.Message);
            return null;
        }
    });
}

/// <summary>
/// What one kind of state does. <see cref="EnterAsync"/> runs when the flow enters the state; a state that waits for
/// the user gets their next message in <see cref="AnswerAsync"/>.
/// </summary>
internal abstract class Step
{
    /// <summary>Enters the state. <paramref name="resuming"/> is true when a suspended flow comes back to it.</summary>
    public abstract Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken);

    /// <summary>True when the user's text is one of the answers this state expects (so it wins over flow triggers).</summary>
    public virtual bool Accepts(Turn turn, FlowState state, string input) => false;

    /// <summary>
    /// True when the user's text is not one of the answers as written but the state still understands it (a synonym
    /// of an option, free text where free text is expected). The kit's intents ("help", "talk to a person") are tried
    /// before this, flow triggers after it.
    /// </summary>
    public virtual bool Understands(Turn turn, FlowState state, string input) => false;

    /// <summary>Handles the user's answer while the flow waits here.</summary>
    public virtual Task<Transition> AnswerAsync(Turn turn, string name, FlowState state, string input, CancellationToken cancellationToken) =>
        EnterAsync(turn, name, state, resuming: true, cancellationToken);

    /// <summary>Offers the quick replies of the waiting state again (after a restart or a replayed message).</summary>
    public virtual void Prompt(Turn turn, FlowState state)
    {
    }

    protected static Transition Next(FlowState state) => Transition.To(state.Next);

    /// <summary>
    /// Re-asks: "please choose one of these options" and the quick replies again. In a safety conversation never a
    /// bare "choose an option": it acknowledges what the user wrote, shows the helplines again and asks again.
    /// </summary>
    protected void Reask(Turn turn, FlowState state)
    {
        if (turn.Safety)
        {
            turn.Say("safety.not-understood");
            turn.ShowHelplines(again: true);
            turn.SayAll(state.Say, ReplyKind.Question);
        }
        else
        {
            turn.Say("engine.choose_option", ReplyKind.Question);
        }

        Prompt(turn, state);
    }
}

/// <summary><c>type: message</c>: says its texts and moves on.</summary>
internal sealed class MessageStep : Step
{
    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say);
        return Task.FromResult(Next(state));
    }
}

/// <summary><c>type: set</c>: the variables are set by the entry action; says its texts and moves on.</summary>
internal sealed class SetStep : Step
{
    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say);
        return Task.FromResult(Next(state));
    }
}

/// <summary><c>type: end</c>: says its texts and ends the flow.</summary>
internal sealed class EndStep : Step
{
    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say);
        return Task.FromResult(Transition.End);
    }
}

/// <summary><c>type: helplines</c>: shows the helplines for the user's country and the international ones.</summary>
internal sealed class HelplinesStep : Step
{
    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        turn.SayAll(state.Say);
        turn.ShowHelplines(state.Concerns.Count > 0 ? state.Concerns : FlowRunner.TopicsOf(Escalation.Kind(turn)));
        return Task.FromResult(Next(state));
    }
}

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

/// <summary><c>type: capture</c>: takes free text, saves it and records it as a mood note or a journal entry; "skip" leaves it empty.</summary>
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

        var skipped = TextMatch.Same(input, "skip") || TextMatch.Same(input, turn.Message("common.skip")) || TextMatch.Same(input, turn.Message("exercise.skip"));
        var text = skipped ? null : input.Trim();
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

/// <summary>
/// <c>type: handoff</c>: with <c>say:</c> it offers a person first ("Talk to a person" / "No, thanks"); without, or when the user
/// has just asked for a person, it asks <see cref="IHandoffService"/> at once and says honestly whether one is coming.
/// </summary>
internal sealed class HandoffStep(StepServices services) : Step
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
        TextMatch.LongestMatch(input, Intents.Phrases(turn, "handoff.match_no")) > 0;

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
        turn.Offer(BuiltInFlows.HandoffValue, "safety.option_handoff");
        turn.Offer(DeclineValue, "handoff.option_no");
    }

    /// <summary>True when the text asks for a person: the <c>handoff</c> value, the "Talk to a person" label or the person intent.</summary>
    public static bool AsksForPerson(Turn turn, string input) =>
        TextMatch.Same(input, BuiltInFlows.HandoffValue) || TextMatch.Same(input, turn.Message("safety.option_handoff"))
        || Intents.Of(turn, input) == KitIntent.Person;

    private static bool Declines(Turn turn, string input) =>
        TextMatch.Same(input, DeclineValue) || TextMatch.Same(input, turn.Message("handoff.option_no")) || TextMatch.Same(input, turn.Message("resume.option_no")) || TextMatch.Same(input, "no");

    private void Request(Turn turn, FlowState state) => Request(turn, state.HandoffTo ?? "counsellor");

    /// <summary>
    /// Asks <see cref="IHandoffService"/> for a person, after the save. The request and its audit events carry the
    /// level and categories that started the safety conversation (not those of "yes, a person please").
    /// </summary>
    public void Request(Turn turn, string to)
    {
        var (level, categories) = Escalation.Of(turn);
        turn.Effects.Add(async (t, ct) =>
        {
            var request = new HandoffRequest
            {
                UserId = t.UserId,
                To = to,
                Level = level,
                Categories = categories,
                Locale = t.Locale,
                Country = t.Country,
                At = t.Now,
            };
            await services.Audit.RecordAsync(new AuditEvent(t.UserId, t.Now, AuditEventKind.HandoffRequested, level, categories, to), ct).ConfigureAwait(false);
            services.Telemetry.HandoffRequested();
            HandoffResult result;
            try
            {
                result = await services.Handoff.RequestAsync(request, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                services.Logger.LogError("The hand-off service failed with {ExceptionType}; the user is told no one is available.", e.GetType().Name);
                result = new HandoffResult(HandoffStatus.Unavailable);
            }

            await services.Audit.RecordAsync(new AuditEvent(t.UserId, t.Now, AuditEventKind.HandoffAnswered, level, categories, result.Status.ToString()), ct).ConfigureAwait(false);
            services.Telemetry.HandoffAnswered(result.Status);
            t.Handoff = result;
            var key = result.Status switch
            {
                HandoffStatus.Accepted => "handoff.accepted",
                HandoffStatus.Queued => "handoff.queued",
                _ => "handoff.unavailable",
            };

            // The person's answer goes first: the reply already holds what the flow said after the hand-off.
            var at = Math.Min(t.HandoffMessageIndex ?? t.Messages.Count, t.Messages.Count);
            var before = t.Messages.Count;
            t.Say(key, ReplyKind.Safety);
            if (result.Status == HandoffStatus.Unavailable && !t.Messages.Any(m => m.Kind == ReplyKind.Helplines))
            {
                t.ShowHelplines(again: true);
            }

            var added = t.Messages.GetRange(before, t.Messages.Count - before);
            t.Messages.RemoveRange(before, added.Count);
            t.Messages.InsertRange(at, added);
        });
        turn.HandoffMessageIndex = turn.Messages.Count;
    }
}

/// <summary>Queues the writes to <see cref="IUserDataStore"/>; they run after the turn is saved.</summary>
internal static class Recording
{
    public static void Mood(Turn turn, string? value, string? note)
    {
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var mood) || mood is < 1 or > 5)
        {
            return;
        }

        var entry = new MoodEntry(turn.UserId, turn.Now, mood, note, turn.Emotion.Ekman);
        turn.Effects.Add((t, ct) => Services(t).UserData.AddMoodAsync(entry, ct));
    }

    public static void Journal(Turn turn, string text)
    {
        var entry = new JournalEntry(turn.UserId, turn.Now, text, turn.Emotion.Ekman);
        turn.Effects.Add((t, ct) => Services(t).UserData.AddJournalAsync(entry, ct));
    }

    public static void Feedback(Turn turn, string exerciseId, ExerciseOutcome outcome, int? rating)
    {
        var feedback = new ExerciseFeedback(turn.UserId, turn.Now, exerciseId, outcome, rating, turn.Variable("context"));
        WellbeingKit.Telemetry.WellbeingKitTelemetry.ExerciseFeedback(turn, exerciseId, outcome, rating);
        turn.Effects.Add((t, ct) => Services(t).UserData.AddFeedbackAsync(feedback, ct));
    }

    public static void Questionnaire(Turn turn, QuestionnaireResult result) =>
        turn.Effects.Add((t, ct) => Services(t).UserData.AddQuestionnaireResultAsync(result, ct));

    private static StepServices Services(Turn turn) => turn.Services;
}
