using System.Diagnostics.Metrics;
using WellbeingKit.Events;
using WellbeingKit.Handoff;

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
    public const string Name = TurnActivity.SourceName;

    /// <summary>The name of the activity of one turn.</summary>
    public const string TurnActivityName = TurnActivity.Name;

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

    /// <summary>Counts a handled turn and its screening level.</summary>
    internal void TurnCompleted(bool safety, string level)
    {
        _turns.Add(1, new KeyValuePair<string, object?>("safety", safety));
        _screenings.Add(1, new KeyValuePair<string, object?>("level", level));
    }

    /// <summary>Counts a started safety flow.</summary>
    internal void SafetyStarted(string reason, string level) => _safetyFlows.Add(1, new("reason", reason), new("level", level));

    /// <summary>Counts a hand-off request.</summary>
    internal void HandoffRequested() => _handoffsRequested.Add(1);

    /// <summary>Counts a hand-off answer.</summary>
    internal void HandoffAnswered(HandoffStatus status) =>
        _handoffsAnswered.Add(1, new KeyValuePair<string, object?>("status", status.ToString().ToLowerInvariant()));

    /// <summary>Counts an offered exercise.</summary>
    internal void ExerciseOffered(string exerciseId) => _exercisesOffered.Add(1, new KeyValuePair<string, object?>("exercise", exerciseId));

    /// <summary>Counts a finished or abandoned exercise and its rating.</summary>
    internal void ExerciseFeedback(string exerciseId, string outcome, int? rating)
    {
        _exercisesCompleted.Add(1, new("exercise", exerciseId), new("outcome", outcome));
        if (rating is { } stars)
        {
            _exercisesRated.Add(1, new("exercise", exerciseId), new("rating", stars <= 2 ? "low" : stars == 3 ? "mid" : "high"));
        }
    }

    /// <summary>Records how much a user's score changed since their previous result of the same questionnaire.</summary>
    internal void ScoreDelta(string questionnaireId, int delta) =>
        _scoreDeltas.Record(delta, new KeyValuePair<string, object?>("questionnaire", questionnaireId));

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
