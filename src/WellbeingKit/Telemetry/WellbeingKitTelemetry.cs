using System.Diagnostics;
using System.Diagnostics.Metrics;
using WellbeingKit.Conversations.Runtime;
using WellbeingKit.Exercises;
using WellbeingKit.Handoff;
using WellbeingKit.UserData;

namespace WellbeingKit.Telemetry;

/// <summary>
/// The kit's metrics and traces, ready for OpenTelemetry (<c>AddMeter("WellbeingKit")</c>, <c>AddSource("WellbeingKit")</c>).
/// Every tag is a closed value (a level, a flow, exercise or questionnaire id from the content pack, a status, a bucket):
/// never message text, never a user id, never a questionnaire answer.
/// </summary>
/// <remarks>Thread-safe. Registered as a singleton by <c>AddWellbeingKit()</c>; uses <see cref="IMeterFactory"/> when the host registers one.</remarks>
public sealed class WellbeingKitTelemetry : IDisposable
{
    /// <summary>The name of the meter and of the activity source: <c>WellbeingKit</c>.</summary>
    public const string Name = "WellbeingKit";

    /// <summary>The name of the activity of one turn.</summary>
    public const string TurnActivityName = "wellbeing.turn";

    private static readonly ActivitySource Source = new(Name);
    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _turns;
    private readonly Counter<long> _screenings;
    private readonly Counter<long> _safetyFlows;
    private readonly Counter<long> _handoffsRequested;
    private readonly Counter<long> _handoffsAnswered;
    private readonly Counter<long> _exercisesOffered;
    private readonly Counter<long> _exercisesCompleted;
    private readonly Counter<long> _exercisesRated;
    private readonly Histogram<int> _scoreDeltas;

    /// <summary>Creates the instruments, on a meter from <paramref name="meterFactory"/> when given.</summary>
    /// <param name="meterFactory">The host's meter factory, or null for a meter of this instance's own.</param>
    public WellbeingKitTelemetry(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(Name) ?? new Meter(Name);
        _turns = _meter.CreateCounter<long>("wellbeing.turns", "{turn}", "Messages handled (one per turn).");
        _screenings = _meter.CreateCounter<long>("wellbeing.screenings", "{message}", "Risk screening results by level (tag: level).");
        _safetyFlows = _meter.CreateCounter<long>("wellbeing.safety_flows.started", "{flow}", "Safety flows started (tags: reason, level).");
        _handoffsRequested = _meter.CreateCounter<long>("wellbeing.handoffs.requested", "{handoff}", "Hand-offs to a person requested.");
        _handoffsAnswered = _meter.CreateCounter<long>("wellbeing.handoffs.answered", "{handoff}", "Hand-offs answered by the hand-off service (tag: status).");
        _exercisesOffered = _meter.CreateCounter<long>("wellbeing.exercises.offered", "{exercise}", "Exercises offered (tag: exercise).");
        _exercisesCompleted = _meter.CreateCounter<long>("wellbeing.exercises.completed", "{exercise}", "Exercises finished or abandoned (tags: exercise, outcome).");
        _exercisesRated = _meter.CreateCounter<long>("wellbeing.exercises.rated", "{rating}", "Exercise ratings (tags: exercise, rating: low 1-2, mid 3, high 4-5).");
        _scoreDeltas = _meter.CreateHistogram<int>(
            "wellbeing.questionnaire.score_delta",
            "{point}",
            "Change of a user's questionnaire score since their previous one (tag: questionnaire); never raw answers or user ids.");
    }

    /// <summary>The instance used when the engine is built without one (a meter of its own, named <see cref="Name"/>).</summary>
    internal static WellbeingKitTelemetry Shared { get; } = new();

    /// <summary>Starts the activity of one turn (null when nobody listens).</summary>
    /// <returns>The activity, to dispose at the end of the turn.</returns>
    internal static Activity? StartTurn() => Source.StartActivity(TurnActivityName, ActivityKind.Internal);

    /// <summary>Records a handled turn: the turn and screening counters, and the tags of the current turn activity.</summary>
    internal void TurnCompleted(Turn turn)
    {
        var level = LevelTag(turn.Risk.Level);
        _turns.Add(1, new KeyValuePair<string, object?>("safety", turn.Safety));
        _screenings.Add(1, new KeyValuePair<string, object?>("level", level));
        if (Activity.Current is { } activity && activity.Source == Source && activity.OperationName == TurnActivityName)
        {
            activity.SetTag("wellbeing.flow", turn.FlowId);
            activity.SetTag("wellbeing.state", turn.StateName);
            activity.SetTag("wellbeing.level", level);
            activity.SetTag("wellbeing.safety", turn.Safety);
            activity.SetTag("wellbeing.locale", turn.Locale);
            activity.SetTag("wellbeing.messages", turn.Messages.Count);
        }
    }

    /// <summary>Counts a started safety flow, once the turn is saved.</summary>
    internal static void SafetyStarted(Turn turn, string reason)
    {
        var level = LevelTag(turn.Risk.Level);
        // The engine's reasons are constants (screening, trigger, questionnaire-risk-item); anything else is "other".
        var tag = reason is "screening" or "trigger" or "questionnaire-risk-item" ? reason : "other";
        turn.Effects.Add((t, _) =>
        {
            t.Services.Telemetry._safetyFlows.Add(1, new("reason", tag), new("level", level));
            return Task.CompletedTask;
        });
    }

    /// <summary>Counts a hand-off request.</summary>
    internal void HandoffRequested() => _handoffsRequested.Add(1);

    /// <summary>Counts a hand-off answer.</summary>
    internal void HandoffAnswered(HandoffStatus status) =>
        _handoffsAnswered.Add(1, new KeyValuePair<string, object?>("status", status.ToString().ToLowerInvariant()));

    /// <summary>Counts an offered exercise, once the turn is saved.</summary>
    internal static void ExerciseOffered(Turn turn, string exerciseId) => turn.Effects.Add((t, _) =>
    {
        t.Services.Telemetry._exercisesOffered.Add(1, new KeyValuePair<string, object?>("exercise", exerciseId));
        return Task.CompletedTask;
    });

    /// <summary>Counts a finished or abandoned exercise and its rating, once the turn is saved.</summary>
    internal static void ExerciseFeedback(Turn turn, string exerciseId, ExerciseOutcome outcome, int? rating) => turn.Effects.Add((t, _) =>
    {
        var telemetry = t.Services.Telemetry;
        telemetry._exercisesCompleted.Add(1, new("exercise", exerciseId), new("outcome", outcome.ToString().ToLowerInvariant()));
        if (rating is { } stars)
        {
            telemetry._exercisesRated.Add(1, new("exercise", exerciseId), new("rating", stars <= 2 ? "low" : stars == 3 ? "mid" : "high"));
        }

        return Task.CompletedTask;
    });

    /// <summary>
    /// Records how much the user's score changed since their previous result of the same questionnaire (nothing for
    /// a first result). Only the delta and the questionnaire id leave: not the score, not the answers, not the user.
    /// </summary>
    internal static void QuestionnaireScored(Turn turn, QuestionnaireResult result) => turn.Effects.Add(async (t, ct) =>
    {
        var history = await t.Services.UserData.GetQuestionnaireResultsAsync(result.UserId, ct).ConfigureAwait(false);
        var previous = history.LastOrDefault(r => r.QuestionnaireId == result.QuestionnaireId && r.At < result.At);
        if (previous is not null)
        {
            t.Services.Telemetry._scoreDeltas.Record(result.Score - previous.Score, new KeyValuePair<string, object?>("questionnaire", result.QuestionnaireId));
        }
    });

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private static string LevelTag(Risk.RiskLevel level) => level.ToString().ToLowerInvariant();
}
