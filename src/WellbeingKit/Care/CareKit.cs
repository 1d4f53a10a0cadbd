using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Conversations.Runtime;
using WellbeingKit.Handoff;
using WellbeingKit.Resilience;
using WellbeingKit.Risk;
using WellbeingKit.UserData;

namespace WellbeingKit.Care;

/// <summary>
/// The kit with care between conversations: short messages that steer care ("stop check-ins", "my progress", "peer
/// support", the answers to a check-in's practice question and to the consent question) are answered here, once they are
/// screened and found not to be a crisis and the user is not in a safety conversation; every other message goes to the
/// conversation engine, and what the care listener noticed during that turn is added to its reply.
/// </summary>
internal sealed partial class CareKit(
    ConversationEngine engine,
    IConversationStore conversations,
    RiskScreener screener,
    CareRecords records,
    CareInbox inbox,
    IUserDataStore userData,
    IHandoffService handoff,
    IOptions<WellbeingKitOptions> kitOptions,
    IOptions<CareOptions> careOptions,
    CheckInAvailability availability,
    TimeProvider time,
    ILogger<CareKit> logger,
    IContentSource? content = null,
    IPeerSupporterDirectory? peers = null) : IWellbeingKit
{
    /// <summary>Longer messages are never taken as care commands: they go to the conversation whole.</summary>
    private const int CommandLength = 80;

    private readonly MessageScreening _screening = new(screener, logger);

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(UserMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var pack = await CarePack.TryGetAsync(content, kitOptions.Value.StoreTimeout, time, logger, cancellationToken).ConfigureAwait(false);
        if (message.Text.Length <= CommandLength && Plausible(pack, message.Text))
        {
            if (await TryCareAsync(message, pack, cancellationToken).ConfigureAwait(false) is { } answered)
            {
                return answered;
            }
        }

        var reply = await engine.HandleAsync(message, cancellationToken).ConfigureAwait(false);
        var notes = inbox.Take(message.UserId);
        if (notes.Count == 0 || reply.Safety)
        {
            return reply;
        }

        var messages = reply.Messages.ToList();
        var replies = reply.QuickReplies.ToList();
        foreach (var note in notes)
        {
            NoticeMessages.Add(messages, replies, pack, reply.Locale, note);
        }

        return reply with { Messages = messages, QuickReplies = replies };
    }

    /// <summary>Cheap first look, in every locale: could this be for care at all?</summary>
    private static bool Plausible(ContentPack? pack, string text)
    {
        if (text.TrimStart().StartsWith(CareValues.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var locales = (pack?.Manifest.Locales.Select(l => l.Code) ?? []).Concat(CareTexts.Locales).Distinct(StringComparer.OrdinalIgnoreCase);
        return locales.Any(l => CarePhrases.Match(pack, l, text) != CareCommand.None || CareValues.ReadPractice(pack, l, text, typed: true) != PracticeAnswer.None);
    }

    private async Task<Reply?> TryCareAsync(UserMessage message, ContentPack? pack, CancellationToken cancellationToken)
    {
        var options = kitOptions.Value;
        var state = await Deadline.RunAsync("The conversation store", options.StoreTimeout, time, token => conversations.GetAsync(message.UserId, token), cancellationToken)
            .ConfigureAwait(false);
        var locale = TurnFactory.LocaleOf(message, state, options);
        var now = time.GetUtcNow();
        var command = CarePhrases.Match(pack, locale, message.Text);
        var record = await records.GetAsync(message.UserId, cancellationToken).ConfigureAwait(false);
        var practice = CareValues.ReadPractice(pack, locale, message.Text, typed: PracticeAwaited(record, state));
        var value = message.Text.Trim().ToLowerInvariant();
        if (command == CareCommand.None && practice == PracticeAnswer.None && value is not (CareValues.Later or CareValues.ConsentYes or CareValues.ConsentNo))
        {
            return null;
        }

        // In the safety conversation (its flow, or help still pinned) every message goes to the engine.
        if (HelpVisibility.Shown(pack, state, now, options.HelpVisibleFor))
        {
            return null;
        }

        var history = (state?.Transcript ?? []).Where(l => l.Speaker == Speaker.User).Select(l => l.Text).TakeLast(options.ScreeningHistory).ToList();
        var risk = await _screening.ScreenAsync(message.Text, locale, history, options, cancellationToken).ConfigureAwait(false);
        if (risk.Level >= options.EscalationThreshold)
        {
            return null;
        }

        var answer = new CareAnswer(pack, locale);
        if (practice != PracticeAnswer.None && record?.Practice is { } pending)
        {
            await PracticeAsync(message.UserId, pending, practice, now, cancellationToken).ConfigureAwait(false);
            answer.Say("care.practice.thanks");
            CheckInMessage.AddCheckInChoice(answer.Replies, pack, locale);
        }
        else if (value == CareValues.Later)
        {
            answer.Say("care.later");
        }
        else if (value is CareValues.ConsentYes or CareValues.ConsentNo)
        {
            var yes = value == CareValues.ConsentYes;
            await records.UpdateAsync(message.UserId, r => r with { ConsentAsked = true, Consent = yes ? new AlertConsent(now) : r.Consent }, cancellationToken).ConfigureAwait(false);
            answer.Say(yes ? "care.consent.given" : "care.consent.declined");
        }
        else
        {
            await CommandAsync(command, message, state, record, risk, answer, now, cancellationToken).ConfigureAwait(false);
        }

        LogAnswered(logger, command, practice);
        return answer.ToReply(risk, state);
    }

    private async Task CommandAsync(CareCommand command, UserMessage message, ConversationState? state, CareRecord? record, RiskAssessment risk, CareAnswer answer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var userId = message.UserId;
        var running = record?.Preferences.Status is CheckInStatus.Active or CheckInStatus.Paused;
        switch (command)
        {
            case CareCommand.StartCheckIns when !availability.Available:
                answer.Say("care.unavailable");
                break;
            case CareCommand.StartCheckIns:
                var zone = message.TimeZone ?? state?.Variables.GetValueOrDefault("timezone");
                var started = await records.UpdateAsync(userId, r => CheckInChanges.Start(r with { Locale = answer.Locale, Country = message.Country ?? state?.Country ?? r.Country }, CheckInChanges.ReadTime(message.Text), zone, now), cancellationToken).ConfigureAwait(false);
                answer.Say("care.started", new Dictionary<string, string>
                {
                    ["time"] = started!.Preferences.PreferredTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    ["zone"] = started.Preferences.TimeZone,
                });
                break;
            case CareCommand.StopCheckIns or CareCommand.PauseCheckIns when !running:
                answer.Say("care.not_started");
                break;
            case CareCommand.StopCheckIns:
                await records.UpdateAsync(userId, r => CheckInChanges.Stop(r, now), cancellationToken).ConfigureAwait(false);
                answer.Say("care.stopped");
                break;
            case CareCommand.PauseCheckIns:
                await records.UpdateAsync(userId, r => CheckInChanges.Pause(r, now + careOptions.Value.PauseFor, now), cancellationToken).ConfigureAwait(false);
                answer.Say("care.paused");
                break;
            case CareCommand.RevokeConsent:
                await records.UpdateAsync(userId, r => r with { Consent = r.Consent is { Holds: true } c ? c with { RevokedAt = now } : r.Consent }, cancellationToken).ConfigureAwait(false);
                answer.Say("care.consent.revoked");
                break;
            case CareCommand.ShowInsights:
                var data = await userData.ExportAsync(userId, cancellationToken).ConfigureAwait(false);
                var zoneInfo = CheckInSchedule.FindTimeZone(record?.Preferences.TimeZone ?? state?.Variables.GetValueOrDefault("timezone"));
                var insights = InsightsBuilder.Build(data, answer.Pack, answer.Locale, zoneInfo, now);
                answer.Say("care.insights.title");
                foreach (var line in InsightsBuilder.ToLines(insights, answer.Pack))
                {
                    answer.SayText(line);
                }

                break;
            case CareCommand.AskForPeer:
                await PeerAsync(message, state, risk, answer, now, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task PeerAsync(UserMessage message, ConversationState? state, RiskAssessment risk, CareAnswer answer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var supporters = peers is null ? [] : await peers.GetSupportersAsync(cancellationToken).ConfigureAwait(false);
        var level = (state?.RecentRisk ?? []).Append(risk.Level).Max();
        var request = new PeerMatchRequest(answer.Locale, [], [], level, InSafetyConversation: false);
        var match = PeerMatcher.Match(request, supporters);
        switch (match.Outcome)
        {
            case PeerMatchOutcome.Matched:
                await AskAsync(new HandoffRequest { UserId = message.UserId, To = "peer", PeerId = match.Supporter!.Id, Level = level, Locale = answer.Locale, Country = state?.Country, At = now }, cancellationToken).ConfigureAwait(false);
                answer.Say("care.peer.found", new Dictionary<string, string> { ["name"] = match.Supporter.DisplayName });
                break;
            case PeerMatchOutcome.Counsellor:
                await AskAsync(new HandoffRequest { UserId = message.UserId, To = "counsellor", Level = level, Locale = answer.Locale, Country = state?.Country, At = now }, cancellationToken).ConfigureAwait(false);
                answer.Say("care.peer.counsellor");
                break;
            default:
                answer.Say("care.peer.none", kind: ReplyKind.Question);
                answer.Offer(CareValues.Person, "care.option_person");
                answer.Offer(CareValues.Later, "care.option_not_now");
                break;
        }
    }

    private async Task AskAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await Deadline.RunAsync("The hand-off service", kitOptions.Value.HandoffTimeout, time, token => handoff.RequestAsync(request, token).AsTask(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHandoffFailed(logger, e.GetType().Name);
        }
    }

    private async Task PracticeAsync(string userId, PracticeFollowUp pending, PracticeAnswer practice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outcome = practice == PracticeAnswer.Skipped ? ExerciseOutcome.Offered : ExerciseOutcome.Completed;
        await userData.AddFeedbackAsync(new ExerciseFeedback(userId, now, pending.ExerciseId, outcome, CareValues.Rating(practice), "practice"), cancellationToken).ConfigureAwait(false);
        await records.UpdateAsync(userId, r => r.Practice?.ExerciseId == pending.ExerciseId ? r with { Practice = null } : null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A typed answer counts as the practice answer only as the first message after the check-in asked.</summary>
    private static bool PracticeAwaited(CareRecord? record, ConversationState? state) =>
        record?.Practice is { AskedAt: { } asked } && (state is null || state.UpdatedAt <= asked);

    [LoggerMessage(Level = LogLevel.Information, Message = "Care answered a message ({Command}, practice {Practice}).")]
    private static partial void LogAnswered(ILogger logger, CareCommand command, PracticeAnswer practice);

    [LoggerMessage(Level = LogLevel.Error, Message = "The hand-off service failed with {ExceptionType} on a peer or counsellor request.")]
    private static partial void LogHandoffFailed(ILogger logger, string exceptionType);
}
