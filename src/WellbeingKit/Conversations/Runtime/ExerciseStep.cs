using System.Globalization;
using Microsoft.Extensions.Logging;
using WellbeingKit.Content;
using WellbeingKit.Events;
using WellbeingKit.Exercises;
using WellbeingKit.Text;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// <c>type: exercise</c>: picks the exercise (the fixed one, or <see cref="IExerciseSelector"/>'s first choice), guides it
/// one step per turn with "next" / "stop", then asks "Did this help?" (1-5) and records the feedback.
/// </summary>
internal sealed class ExerciseStep(StepServices services) : Step
{
    private const string IdVariable = "exercise.id";
    private const string StepVariable = MessageKeys.ExerciseStep;
    private const string NextValue = "next";
    private const string StopValue = "stop";
    private const string SkipValue = "skip";

    public override async Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        if (resuming && Current(turn) is not null)
        {
            Prompt(turn, state);
            return Transition.Wait;
        }

        var (exercise, reasons) = await ChooseAsync(turn, state, cancellationToken).ConfigureAwait(false);
        if (exercise is null)
        {
            turn.Say(MessageKeys.ExerciseNone);
            return Next(state);
        }

        turn.Variables[turn.Internal(IdVariable)] = exercise.Id;
        turn.Events.Add(new ExerciseOffered(turn.UserId, turn.Now, exercise.Id));
        turn.Variables[turn.Internal(StepVariable)] = "0";
        turn.Variables[state.SaveAs ?? "exercise"] = exercise.Id;
        turn.SayAll(state.Say);
        turn.SayText(turn.Resolve(exercise.Title) + ": " + turn.Resolve(exercise.Summary));
        if (reasons.Count > 0)
        {
            var text = string.Join(", ", reasons.Select(r => turn.Pack.GetMessage(r, turn.Locale) ?? r));
            turn.Say(MessageKeys.ExerciseWhy, extra: new Dictionary<string, string> { ["reasons"] = text });
        }

        if (turn.Pack.GetMessage(MessageKeys.ExerciseStart, turn.Locale) is not null)
        {
            turn.Say(MessageKeys.ExerciseStart);
        }

        Prompt(turn, state);
        return Transition.Wait;
    }

    public override bool Accepts(Turn turn, FlowState state, string input) =>
        Values(turn).Any(v => TextMatch.Same(input, v.Value) || TextMatch.Same(input, v.Label));

    public override Task<Transition> AnswerAsync(Turn turn, string name, FlowState state, string input, CancellationToken cancellationToken)
    {
        var exercise = Current(turn);
        if (exercise is null)
        {
            return EnterAsync(turn, name, state, resuming: false, cancellationToken);
        }

        var value = Values(turn).FirstOrDefault(v => TextMatch.Same(input, v.Value) || TextMatch.Same(input, v.Label)).Value;
        var step = turn.IntVariable(turn.Internal(StepVariable)) ?? 0;
        var rating = step >= exercise.Steps.Count;
        switch (value)
        {
            case NextValue when !rating:
                turn.Variables[turn.Internal(StepVariable)] = (step + 1).ToString(CultureInfo.InvariantCulture);
                Prompt(turn, state);
                return Task.FromResult(Transition.Wait);
            case StopValue when !rating:
                Recording.Feedback(turn, exercise.Id, completed: false, rating: null);
                turn.Say(MessageKeys.ExerciseStopped);
                return Task.FromResult(Finish(turn, state));
            case SkipValue when rating:
                Recording.Feedback(turn, exercise.Id, completed: true, rating: null);
                return Task.FromResult(Finish(turn, state));
            case not null when rating && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var stars):
                Recording.Feedback(turn, exercise.Id, completed: true, stars);
                turn.Variables["exercise_rating"] = value;
                turn.Say(MessageKeys.ExerciseThanks);
                return Task.FromResult(Finish(turn, state));
            default:
                Reask(turn, state);
                return Task.FromResult(Transition.Wait);
        }
    }

    public override void Prompt(Turn turn, FlowState state)
    {
        var exercise = Current(turn);
        if (exercise is null)
        {
            return;
        }

        var step = turn.IntVariable(turn.Internal(StepVariable)) ?? 0;
        if (step < exercise.Steps.Count)
        {
            turn.Say(MessageKeys.ExerciseStep, ReplyKind.ExerciseStep, new Dictionary<string, string>
            {
                ["n"] = (step + 1).ToString(CultureInfo.InvariantCulture),
                ["total"] = exercise.Steps.Count.ToString(CultureInfo.InvariantCulture),
                ["text"] = turn.Resolve(exercise.Steps[step]),
            });
        }
        else
        {
            turn.Say(MessageKeys.ExerciseDone, extra: new Dictionary<string, string> { ["title"] = turn.Resolve(exercise.Title) });
            turn.Say(MessageKeys.ExerciseHelped, ReplyKind.Question);
        }

        foreach (var (label, value) in Values(turn))
        {
            turn.Reply.QuickReplies.Add(new QuickReply(label, value));
        }
    }

    private IEnumerable<(string Label, string Value)> Values(Turn turn)
    {
        var exercise = Current(turn);
        if (exercise is null)
        {
            yield break;
        }

        if ((turn.IntVariable(turn.Internal(StepVariable)) ?? 0) < exercise.Steps.Count)
        {
            yield return (turn.Message(MessageKeys.ExerciseNext) ?? NextValue, NextValue);
            yield return (turn.Message(MessageKeys.ExerciseStop) ?? StopValue, StopValue);
            yield break;
        }

        for (var stars = 1; stars <= 5; stars++)
        {
            var text = stars.ToString(CultureInfo.InvariantCulture);
            yield return (text, text);
        }

        yield return (turn.Message(MessageKeys.ExerciseSkip) ?? SkipValue, SkipValue);
    }

    private static Exercise? Current(Turn turn) =>
        turn.Variable(turn.Internal(IdVariable)) is { } id && turn.Pack.Exercises.TryGetValue(id, out var exercise) ? exercise : null;

    private static Transition Finish(Turn turn, FlowState state)
    {
        turn.Variables.Remove(turn.Internal(IdVariable));
        turn.Variables.Remove(turn.Internal(StepVariable));
        return Next(state);
    }

    private async Task<(Exercise? Exercise, IReadOnlyList<string> Reasons)> ChooseAsync(Turn turn, FlowState state, CancellationToken cancellationToken)
    {
        if (state.Exercise is not null)
        {
            if (turn.Pack.Exercises.TryGetValue(state.Exercise, out var fixedExercise))
            {
                return (fixedExercise, []);
            }

            services.Logger.LogError("The flow names the exercise '{Exercise}', which the pack does not have.", state.Exercise);
        }

        if (services.Selector is not null)
        {
            var concerns = state.Concerns.ToList();
            if (turn.Variable("concern") is { Length: > 0 } concern)
            {
                concerns.Add(concern);
            }

            try
            {
                var selection = await services.Selector.SelectAsync(
                    new ExerciseSelectionRequest
                    {
                        UserId = turn.UserId,
                        Locale = turn.Locale,
                        Concerns = concerns,
                        Emotion = turn.Emotion,
                        Context = turn.Variable("context"),
                        Needs = List(turn.Variable("needs")),
                        Contraindications = List(turn.Variable("contraindications")),
                        MinutesAvailable = double.TryParse(turn.Variable("minutes"), NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) ? minutes : null,
                        Count = 1,
                    },
                    cancellationToken).ConfigureAwait(false);
                var choice = selection.Choices.FirstOrDefault(c => turn.Pack.Exercises.ContainsKey(c.Exercise.Id));
                return choice is null ? (null, []) : (turn.Pack.Exercises[choice.Exercise.Id], choice.Reasons);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never fall back to an arbitrary exercise: it could be contraindicated or wrong for the place.
                services.Logger.LogError("The exercise selector failed with {ExceptionType}; no exercise is offered this time.", e.GetType().Name);
                return (null, []);
            }
        }

        // No selector at all: only an exercise without contraindications or special requirements is safe to offer blind.
        var plain = turn.Pack.Exercises.Values
            .Where(e => e.Contraindications.Count == 0 && !e.Requires.EyesClosed && !e.Requires.Privacy && !e.Requires.Movement)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return (plain, []);
    }

    private static List<string> List(string? commaSeparated) =>
        string.IsNullOrWhiteSpace(commaSeparated) ? [] : [.. commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
