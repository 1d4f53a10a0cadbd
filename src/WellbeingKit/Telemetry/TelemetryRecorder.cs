using Microsoft.Extensions.Options;
using WellbeingKit.Events;
using WellbeingKit.Handoff;
using WellbeingKit.Resilience;
using WellbeingKit.UserData;

namespace WellbeingKit.Telemetry;

/// <summary>
/// Turns the events of saved turns into <see cref="WellbeingKitTelemetry"/> measurements and the tags of the turn's
/// activity. Only closed values leave: levels, reasons, ids from the content pack, statuses, buckets, score deltas.
/// </summary>
internal sealed class TelemetryRecorder(WellbeingKitTelemetry telemetry, IUserDataStore userData, IOptions<WellbeingKitOptions> options, TimeProvider time)
    : ITurnEventListener
{
    /// <inheritdoc />
    public ValueTask<TurnEvent?> HandleAsync(TurnEvent turnEvent, CancellationToken cancellationToken)
    {
        switch (turnEvent)
        {
            case TurnCompleted t:
                Completed(t);
                break;
            case Escalated e:
                // The engine's reasons are constants (screening, trigger, questionnaire-risk-item); anything else is "other".
                telemetry.SafetyStarted(e.Reason is "screening" or "trigger" or "questionnaire-risk-item" ? e.Reason : "other", LevelTag(e.Level));
                break;
            case ExerciseOffered o:
                telemetry.ExerciseOffered(o.ExerciseId);
                break;
            case FeedbackGiven f:
                telemetry.ExerciseFeedback(f.ExerciseId, f.Completed ? "completed" : "abandoned", f.Rating);
                break;
            case HandoffRequested:
                telemetry.HandoffRequested();
                break;
            case HandoffAnswered a:
                telemetry.HandoffAnswered(a.Result.Status);
                break;
            case QuestionnaireScored q:
                return ScoreDeltaAsync(q, cancellationToken);
        }

        return ValueTask.FromResult<TurnEvent?>(null);
    }

    private void Completed(TurnCompleted turn)
    {
        var level = LevelTag(turn.Level);
        telemetry.TurnCompleted(turn.Safety, level);
        if (TurnActivity.Current is { } activity)
        {
            activity.SetTag("wellbeing.flow", turn.FlowId);
            activity.SetTag("wellbeing.state", turn.State);
            activity.SetTag("wellbeing.level", level);
            activity.SetTag("wellbeing.safety", turn.Safety);
            activity.SetTag("wellbeing.locale", turn.Locale);
            activity.SetTag("wellbeing.messages", turn.Messages);
        }
    }

    /// <summary>
    /// Records how much the user's score changed since their previous result of the same questionnaire (nothing for a
    /// first result). Only the delta and the questionnaire id leave: not the score, not the answers, not the user.
    /// </summary>
    private async ValueTask<TurnEvent?> ScoreDeltaAsync(QuestionnaireScored result, CancellationToken cancellationToken)
    {
        var history = await Deadline.RunAsync(
            "The user data store", options.Value.StoreTimeout, time, token => userData.GetQuestionnaireResultsAsync(result.UserId, token), cancellationToken)
            .ConfigureAwait(false);
        var previous = history.LastOrDefault(r => r.QuestionnaireId == result.QuestionnaireId && r.At < result.At);
        if (previous is not null)
        {
            telemetry.ScoreDelta(result.QuestionnaireId, result.Score - previous.Score);
        }

        return null;
    }

    private static string LevelTag(Risk.RiskLevel level) => level.ToString().ToLowerInvariant();
}
