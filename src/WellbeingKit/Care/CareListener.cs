using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Events;
using WellbeingKit.Handoff;
using WellbeingKit.Resilience;
using WellbeingKit.UserData;

namespace WellbeingKit.Care;

/// <summary>
/// Care's listener on the turn events: a scored questionnaire or a recorded mood is compared with what came before
/// (<see cref="DeteriorationRules"/>); a change for the worse is kept with the user's care record, said in this turn's
/// reply (through <see cref="CareInbox"/>) and, only with the user's recorded consent, sent as an alert with the scores
/// (never text) to the hand-off service. A finished exercise becomes the practice to follow up at the next check-in.
/// </summary>
internal sealed partial class CareListener(
    CareRecords records,
    IUserDataStore userData,
    IHandoffService handoff,
    CareInbox inbox,
    IOptions<CareOptions> careOptions,
    IOptions<WellbeingKitOptions> kitOptions,
    TimeProvider time,
    ILogger<CareListener> logger,
    IContentSource? content = null) : ITurnEventListener
{
    /// <inheritdoc />
    public async ValueTask<TurnEvent?> HandleAsync(TurnEvent turnEvent, CancellationToken cancellationToken)
    {
        switch (turnEvent)
        {
            case QuestionnaireScored scored:
                await QuestionnaireAsync(scored, cancellationToken).ConfigureAwait(false);
                break;
            case MoodRecorded mood:
                await MoodAsync(mood, cancellationToken).ConfigureAwait(false);
                break;
            case FeedbackGiven { Completed: true } feedback:
                await PracticeAsync(feedback, cancellationToken).ConfigureAwait(false);
                break;
        }

        return null;
    }

    private async Task QuestionnaireAsync(QuestionnaireScored scored, CancellationToken cancellationToken)
    {
        var history = (await userData.GetQuestionnaireResultsAsync(scored.UserId, cancellationToken).ConfigureAwait(false))
            .Where(r => string.Equals(r.QuestionnaireId, scored.QuestionnaireId, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.At)
            .ToList();
        if (history.Count == 0 || history[^1].At != scored.At || history[^1].Score != scored.Score)
        {
            // The user-data listener may not have stored this result yet.
            history.Add(new QuestionnaireResult(scored.UserId, scored.At, scored.QuestionnaireId, scored.Score, scored.Severity, scored.Answers));
        }

        var pack = await CarePack.TryGetAsync(content, kitOptions.Value.StoreTimeout, time, logger, cancellationToken).ConfigureAwait(false);
        var definition = pack?.Questionnaires.GetValueOrDefault(scored.QuestionnaireId);
        if (DeteriorationRules.Questionnaire(history, definition, scored.At) is { } notice)
        {
            await NoticeAsync(scored.UserId, notice, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task MoodAsync(MoodRecorded mood, CancellationToken cancellationToken)
    {
        var options = careOptions.Value;
        var export = await userData.ExportAsync(mood.UserId, cancellationToken).ConfigureAwait(false);
        var moods = export.Moods.Any(m => m.At == mood.At) ? export.Moods : [.. export.Moods, new MoodEntry(mood.UserId, mood.At, mood.Mood, null, null)];
        if (DeteriorationRules.Mood(moods, mood.At, options.MoodWindow, options.MoodMinimumEntries, options.MoodMinimumFall) is not { } notice)
        {
            return;
        }

        var record = await records.GetAsync(mood.UserId, cancellationToken).ConfigureAwait(false);
        var recent = record?.Notices.Any(n => n.Kind.HasFlag(DeteriorationKind.FallingMood) && mood.At - n.At < options.MoodWindow) ?? false;
        if (!recent)
        {
            await NoticeAsync(mood.UserId, notice, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PracticeAsync(FeedbackGiven feedback, CancellationToken cancellationToken)
    {
        await records.UpdateAsync(
            feedback.UserId,
            r => r.Preferences.Status is CheckInStatus.Active or CheckInStatus.Paused
                ? r with { Practice = new PracticeFollowUp(feedback.ExerciseId, feedback.At) }
                : null,
            cancellationToken).ConfigureAwait(false);
    }

    private async Task NoticeAsync(string userId, DeteriorationNotice notice, CancellationToken cancellationToken)
    {
        var record = await records.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        var consent = record?.Consent is { Holds: true };
        var alerted = consent && await AlertAsync(userId, notice, cancellationToken).ConfigureAwait(false);
        var askConsent = !consent && careOptions.Value.CounsellorAlerts && record?.ConsentAsked != true;
        var kept = notice with { Alerted = alerted };
        await records.UpdateAsync(userId, r => r.WithNotice(kept) with { ConsentAsked = r.ConsentAsked || askConsent }, cancellationToken).ConfigureAwait(false);
        inbox.Post(userId, new CareNote(kept, askConsent));
        LogNoticed(logger, notice.Kind, alerted);
    }

    /// <summary>Sends the alert (scores and bands only); false when the hand-off service failed or timed out.</summary>
    private async Task<bool> AlertAsync(string userId, DeteriorationNotice notice, CancellationToken cancellationToken)
    {
        var request = new HandoffRequest { UserId = userId, To = "counsellor", At = notice.At, Deterioration = notice };
        try
        {
            await Deadline.RunAsync("The hand-off service", kitOptions.Value.HandoffTimeout, time, token => handoff.RequestAsync(request, token).AsTask(), cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogAlertFailed(logger, e.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Noticed a change for the worse ({Kind}); alert sent: {Alerted}.")]
    private static partial void LogNoticed(ILogger logger, DeteriorationKind kind, bool alerted);

    [LoggerMessage(Level = LogLevel.Error, Message = "The hand-off service failed with {ExceptionType} on a deterioration alert; the user was not told an alert went out.")]
    private static partial void LogAlertFailed(ILogger logger, string exceptionType);
}
