using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations.Runtime;
using WellbeingKit.Emotions;
using WellbeingKit.Events;
using WellbeingKit.Exercises;
using WellbeingKit.Resilience;
using WellbeingKit.Risk;

namespace WellbeingKit.Conversations;

/// <summary>
/// The default <see cref="IWellbeingKit"/>: for each message it loads the conversation, screens the message, lets the
/// safety flow take over at or above <see cref="WellbeingKitOptions.EscalationThreshold"/> (whatever flow was active),
/// otherwise advances the active flow, saves the state with optimistic concurrency and returns the reply.
/// </summary>
/// <remarks>
/// Thread-safe. Turns of one user are serialised in this process; across processes a conflicting save is detected by
/// the store's version number and the whole turn is worked out again on the fresh state, so no turn is lost or doubled.
/// Side effects (mood, journal, feedback, questionnaire results, hand-off, audit) run once, after the state is saved.
/// </remarks>
public sealed partial class ConversationEngine : IWellbeingKit
{
    private const int TurnIdsKept = 50;
    private const int RepliesKept = 3;

    private readonly RiskScreener _screener;
    private readonly IConversationStore _store;
    private readonly IContentSource? _content;
    private readonly IEmotionClassifier? _emotions;
    private readonly IOptions<WellbeingKitOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ConversationEngine> _logger;
    private readonly FlowRunner _runner;
    private readonly TurnEventDispatcher _dispatcher;
    private readonly SemaphoreSlim[] _userLocks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Creates the engine. <c>AddWellbeingKit()</c> registers it; resolve it as <see cref="IWellbeingKit"/>.</summary>
    /// <param name="screener">The composite risk screening.</param>
    /// <param name="store">Where conversations are kept.</param>
    /// <param name="dispatcher">Hands the events of saved turns to user data, audit, hand-off and telemetry.</param>
    /// <param name="options">The kit's options.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger (no message text is logged).</param>
    /// <param name="content">The content pack; without one (or when it fails to load) the kit still answers a crisis with its built-in safety flow.</param>
    /// <param name="selector">Picks exercises; without one, an exercise state offers the pack's first exercise.</param>
    /// <param name="emotions">Classifies emotions; without one every message counts as neutral.</param>
    internal ConversationEngine(
        RiskScreener screener,
        IConversationStore store,
        TurnEventDispatcher dispatcher,
        IOptions<WellbeingKitOptions> options,
        TimeProvider time,
        ILogger<ConversationEngine> logger,
        IContentSource? content = null,
        IExerciseSelector? selector = null,
        IEmotionClassifier? emotions = null)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(options);
        _screener = screener;
        _store = store;
        _dispatcher = dispatcher;
        _content = content;
        _emotions = emotions;
        _options = options;
        _time = time;
        _logger = logger;
        _runner = new FlowRunner(new StepServices { Selector = selector, Logger = logger });
    }

    /// <inheritdoc />
    /// <remarks>
    /// Whatever fails (a detector, the classifier, the content, the store or the hand-off throws, cancels itself, hangs or
    /// blocks; the message is longer than <see cref="WellbeingKitOptions.MaxMessageLength"/>; other writers keep changing the
    /// conversation), the message is screened and a crisis gets the safety response with the helplines of the user's
    /// country. Saving may fail; answering a crisis may not. Only <paramref name="cancellationToken"/> ends a turn without an
    /// answer. A message that is not a crisis fails with the dependency's error (a <see cref="TimeoutException"/> for a
    /// time-out or a cancellation the caller did not ask for).
    /// </remarks>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    /// <exception cref="ConcurrencyConflictException">Other writers kept changing the conversation for every retry (never for a crisis).</exception>
    /// <exception cref="TimeoutException">A dependency timed out or cancelled itself (never for a crisis).</exception>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<Reply> HandleAsync(UserMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            throw new ArgumentException("The message text is empty: send what the user wrote or the value of the quick reply they chose.", nameof(message));
        }

        var options = _options.Value;
        var warnings = new List<string>();
        message = Normalize(message, warnings);
        if (message.Text.Length > options.MaxMessageLength)
        {
            warnings.Add($"The message is {message.Text.Length} characters long, over the {options.MaxMessageLength} of WellbeingKitOptions.MaxMessageLength: it was screened in full and the user was asked to send it in shorter parts.");
        }

        using var activity = TurnActivity.Start();
        var progress = new TurnProgress();
        Turn turn;
        try
        {
            var outcome = await RunLockedAsync(message, options, progress, cancellationToken).ConfigureAwait(false);
            if (outcome.Replayed is { } replayed)
            {
                return WithWarnings(replayed, warnings);
            }

            turn = outcome.Turn!;
            if (!outcome.Saved)
            {
                warnings.Add("The reply was given without saving the conversation (the store failed); the safety response does not depend on it.");
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            turn = await FailSafeAsync(message, options, progress, e, cancellationToken).ConfigureAwait(false);
            warnings.Add($"The turn failed ({e.GetType().Name}); the crisis message was answered with the safety response, unsaved.");
        }

        // The turn's events (user data, audit, hand-off, telemetry) are dispatched after the save and outside the per-user lock.
        await DispatchAsync(turn, cancellationToken).ConfigureAwait(false);
        return WithWarnings(ToReply(turn), warnings);
    }

    private async Task<TurnOutcome> RunLockedAsync(UserMessage message, WellbeingKitOptions options, TurnProgress progress, CancellationToken cancellationToken)
    {
        var userLock = _userLocks[(int)((uint)StringComparer.Ordinal.GetHashCode(message.UserId) % (uint)_userLocks.Length)];
        await Deadline.EnterAsync(userLock, "The previous turn of this user", options.StoreTimeout, _time, cancellationToken).ConfigureAwait(false);
        try
        {
            return await HandleLockedAsync(message, options, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            userLock.Release();
        }
    }

    private async Task<TurnOutcome> HandleLockedAsync(UserMessage message, WellbeingKitOptions options, TurnProgress progress, CancellationToken cancellationToken)
    {
        var pack = await LoadPackAsync(options, cancellationToken).ConfigureAwait(false);
        progress.Pack = pack;
        var stored = await StoreAsync("The conversation store", options, token => _store.GetAsync(message.UserId, token), cancellationToken).ConfigureAwait(false);
        if (IsRepeat(message, stored))
        {
            return TurnOutcome.Replay(Replay(message, stored!, pack, options));
        }

        var locale = LocaleOf(message, stored, options);
        var history = (stored?.Transcript ?? [])
            .Where(l => l.Speaker == Speaker.User)
            .Select(l => l.Text)
            .TakeLast(options.ScreeningHistory)
            .ToList();
        var risk = await ScreenAsync(message.Text, locale, history, options, cancellationToken).ConfigureAwait(false);
        progress.Risk = risk;
        var emotion = await ClassifyAsync(message.Text, locale, options, cancellationToken).ConfigureAwait(false);
        var input = NewInput(message, stored, pack, options, locale, risk, emotion);
        var crisis = risk.Level >= options.EscalationThreshold;
        var tooLong = message.Text.Length > options.MaxMessageLength;
        if (tooLong && !crisis)
        {
            // Not a crisis: the conversation stays where it is, and the user is asked for shorter parts.
            var asked = NewTurn(input, message, stored);
            asked.Say("engine.too_long");
            _runner.Prompt(asked);
            return TurnOutcome.Answered(asked, saved: false);
        }

        for (var attempt = 0; ; attempt++)
        {
            var turn = NewTurn(input, message, stored);
            await _runner.RunAsync(turn, crisis, cancellationToken).ConfigureAwait(false);
            if (tooLong)
            {
                turn.Say("engine.too_long");
            }

            foreach (var key in turn.MissingKeys.Distinct(StringComparer.Ordinal))
            {
                LogMissingKey(_logger, key, turn.Locale);
            }

            ConversationState? saved;
            try
            {
                var next = NextState(message, stored, turn, options);
                saved = await StoreAsync("The conversation store", options, token => _store.TrySaveAsync(next, token), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (crisis && !cancellationToken.IsCancellationRequested)
            {
                // Saving may fail; answering may not.
                LogStoreFailed(_logger, e.GetType().Name);
                return TurnOutcome.Answered(turn, saved: false);
            }

            if (saved is not null)
            {
                return TurnOutcome.Answered(turn, saved: true);
            }

            if (attempt + 1 >= options.ConcurrencyRetries)
            {
                if (crisis)
                {
                    LogCrisisUnsaved(_logger, options.ConcurrencyRetries);
                    return TurnOutcome.Answered(turn, saved: false);
                }

                throw new ConcurrencyConflictException(
                    $"The conversation of this user changed under every one of {options.ConcurrencyRetries} attempts (WellbeingKitOptions.ConcurrencyRetries); the message was not handled.");
            }

            LogConflict(_logger, attempt + 1);
            stored = await StoreAsync("The conversation store", options, token => _store.GetAsync(message.UserId, token), cancellationToken).ConfigureAwait(false);
            if (IsRepeat(message, stored))
            {
                return TurnOutcome.Replay(Replay(message, stored!, pack, options));
            }
        }
    }

    /// <summary>
    /// The turn failed before it could be answered (the store could not be read or was busy, the user's previous turn did not
    /// finish in time, a flow failed). The message is screened (unless it already was) and a crisis gets the safety response
    /// from a fresh conversation, unsaved; anything else fails with the original error.
    /// </summary>
    private async Task<Turn> FailSafeAsync(UserMessage message, WellbeingKitOptions options, TurnProgress progress, Exception failure, CancellationToken cancellationToken)
    {
        LogTurnFailed(_logger, failure.GetType().Name);
        var locale = message.Locale ?? options.DefaultLocale;
        var risk = progress.Risk ?? await ScreenAsync(message.Text, locale, [], options, cancellationToken).ConfigureAwait(false);
        if (risk.Level < options.EscalationThreshold)
        {
            if (failure is OperationCanceledException)
            {
                throw new TimeoutException("A dependency of the kit cancelled the turn although the caller did not.", failure);
            }

            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        var pack = progress.Pack ?? await LoadPackAsync(options, cancellationToken).ConfigureAwait(false);
        try
        {
            return await SafetyTurnAsync(message, pack, options, risk, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The pack's safety flow failed too: the built-in one still answers.
            LogTurnFailed(_logger, e.GetType().Name);
            return await SafetyTurnAsync(message, EmptyPack(options), options, risk, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Turn> SafetyTurnAsync(UserMessage message, ContentPack pack, WellbeingKitOptions options, RiskAssessment risk, CancellationToken cancellationToken)
    {
        var input = NewInput(message, stored: null, pack, options, LocaleOf(message, stored: null, options), risk, EmotionResult.Neutral);
        var turn = NewTurn(input, message, stored: null);
        await _runner.RunAsync(turn, crisis: true, cancellationToken).ConfigureAwait(false);
        if (message.Text.Length > options.MaxMessageLength)
        {
            turn.Say("engine.too_long");
        }

        return turn;
    }

    /// <summary>Screens <paramref name="text"/>; a text over the length limit is screened in overlapping windows of that length.</summary>
    private async Task<RiskAssessment> ScreenAsync(string text, string locale, IReadOnlyList<string> history, WellbeingKitOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var size = options.MaxMessageLength;
            if (text.Length <= size)
            {
                return await _screener.AssessAsync(new RiskScreeningRequest(text) { Locale = locale, History = history }, cancellationToken).ConfigureAwait(false);
            }

            var overlap = Math.Min(200, size / 4);
            var windows = new List<(int Start, Task<RiskAssessment> Result)>();
            for (var start = 0; ; start += size - overlap)
            {
                var length = Math.Min(size, text.Length - start);
                var request = new RiskScreeningRequest(text.Substring(start, length)) { Locale = locale, History = start == 0 ? history : [] };
                windows.Add((start, _screener.AssessAsync(request, cancellationToken).AsTask()));
                if (start + length >= text.Length)
                {
                    break;
                }
            }

            await Task.WhenAll(windows.Select(w => w.Result)).ConfigureAwait(false);
            var shifted = windows.Select(w => w.Result.Result with
            {
                Evidence = [.. w.Result.Result.Evidence.Select(e => e with { Start = e.Start + w.Start })],
            }).ToList();
            return RiskScreener.Combine(shifted, _screener.Name);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The screener catches its detectors' failures itself; this is the last line: a screening that fails escalates.
            LogScreeningFailed(_logger, e.GetType().Name);
            return new RiskAssessment { Level = options.EscalationThreshold, Score = 1, Detector = _screener.Name, EscalatedOnFailure = true };
        }
    }

    private Task<T> StoreAsync<T>(string what, WellbeingKitOptions options, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        Deadline.RunAsync(what, options.StoreTimeout, _time, call, cancellationToken);

    /// <summary>Reads the locale, country and context loosely: normalised where obvious, ignored with a warning otherwise.</summary>
    private UserMessage Normalize(UserMessage message, List<string> warnings)
    {
        var locale = message.Locale;
        if (locale is not null && Content.Locales.Normalize(locale) is var normalLocale && normalLocale != locale)
        {
            if (normalLocale is null)
            {
                warnings.Add($"The locale '{Shorten(locale)}' is not a language tag such as 'en' or 'es-MX'; it was ignored.");
            }

            locale = normalLocale;
        }

        var country = message.Country;
        if (country is not null && Content.Locales.NormalizeCountry(country) is var normalCountry && normalCountry != country)
        {
            if (normalCountry is null)
            {
                warnings.Add($"The country '{Shorten(country)}' is not an ISO 3166-1 country code such as 'GB'; it was ignored.");
            }

            country = normalCountry;
        }

        var context = message.Context;
        if (context is not null)
        {
            var normalContext = context.Trim().ToLowerInvariant();
            if (normalContext.Length is 0 or > 32 || !char.IsAsciiLetterLower(normalContext[0]) || !normalContext.All(c => char.IsAsciiLetterLower(c) || c == '-'))
            {
                warnings.Add($"The context '{Shorten(context)}' is not a context name such as 'class', 'workplace' or 'home'; it was ignored.");
                normalContext = null;
            }

            context = normalContext;
        }

        if (warnings.Count > 0)
        {
            LogFieldsIgnored(_logger, warnings.Count);
        }

        return locale == message.Locale && country == message.Country && context == message.Context
            ? message
            : message with { Locale = locale, Country = country, Context = context };
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static Reply WithWarnings(Reply reply, List<string> warnings) =>
        warnings.Count == 0 ? reply : reply with { Warnings = [.. reply.Warnings, .. warnings] };

    private static bool IsRepeat(UserMessage message, ConversationState? stored) =>
        message.MessageId is not null && stored is not null && stored.RecentTurnIds.Contains(message.MessageId, StringComparer.Ordinal);

    private async Task<ContentPack> LoadPackAsync(WellbeingKitOptions options, CancellationToken cancellationToken)
    {
        if (_content is null)
        {
            return EmptyPack(options);
        }

        try
        {
            return await Deadline.RunAsync("The content source", options.StoreTimeout, _time, token => _content.GetPackAsync(token).AsTask(), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogContentFailed(_logger, e.GetType().Name, e.Message);
            return EmptyPack(options);
        }
    }

    private static ContentPack EmptyPack(WellbeingKitOptions options) => new()
    {
        Manifest = new PackManifest { Id = "builtin", Version = "0", DefaultLocale = options.DefaultLocale },
    };

    private async Task<EmotionResult> ClassifyAsync(string text, string locale, WellbeingKitOptions options, CancellationToken cancellationToken)
    {
        if (_emotions is null)
        {
            return EmotionResult.Neutral;
        }

        try
        {
            var emotions = _emotions;
            var sample = text.Length <= options.MaxMessageLength ? text : text[..options.MaxMessageLength];
            return await Deadline.RunAsync("The emotion classifier", options.DetectorTimeout, _time, token => emotions.ClassifyAsync(sample, locale, token).AsTask(), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogEmotionFailed(_logger, e.GetType().Name);
            return EmotionResult.Neutral;
        }
    }

    private static string LocaleOf(UserMessage message, ConversationState? stored, WellbeingKitOptions options) =>
        message.Locale ?? stored?.Locale ?? options.DefaultLocale;

    /// <summary>What the turn starts from, worked out once: the retries after a conflicting save reuse it.</summary>
    private TurnInput NewInput(
        UserMessage message, ConversationState? stored, ContentPack pack, WellbeingKitOptions options, string locale, RiskAssessment risk, EmotionResult emotion) => new()
    {
        UserId = message.UserId,
        Text = message.Text,
        Pack = pack,
        Locale = locale,
        Country = message.Country ?? stored?.Country ?? options.DefaultCountry,
        Now = _time.GetUtcNow(),
        Risk = risk,
        HelpVisibleFor = options.HelpVisibleFor,
        Emotion = emotion,
    };

    private Turn NewTurn(TurnInput input, UserMessage message, ConversationState? stored)
    {
        var variables = new Dictionary<string, string>(stored?.Variables ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (message.Context is not null)
        {
            variables["context"] = message.Context;
        }

        if (message.TimeZone is not null)
        {
            variables["timezone"] = message.TimeZone;
        }

        variables["locale"] = input.Locale;
        variables["country"] = input.Country ?? "";
        variables["emotion"] = input.Emotion.Ekman;
        variables["distress"] = input.Emotion.Distress.ToString("0.##", CultureInfo.InvariantCulture);
        variables["hour"] = LocalHour(input.Now, variables.GetValueOrDefault("timezone")).ToString(CultureInfo.InvariantCulture);
        variables["risk"] = input.Risk.Level.ToString().ToLowerInvariant();
        return new Turn
        {
            Input = input,
            Variables = variables,
            Suspended = [.. stored?.Suspended ?? []],
            FlowId = stored?.FlowId,
            StateName = stored?.State,
        };
    }

    private int LocalHour(DateTimeOffset now, string? timeZone)
    {
        if (timeZone is null)
        {
            return now.UtcDateTime.Hour;
        }

        try
        {
            return TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).Hour;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            LogUnknownTimeZone(_logger, timeZone);
            return now.UtcDateTime.Hour;
        }
    }

    private static ConversationState NextState(UserMessage message, ConversationState? stored, Turn turn, WellbeingKitOptions options)
    {
        var transcript = new List<TranscriptLine>(stored?.Transcript ?? []) { new(Speaker.User, message.Text, turn.Now) };
        transcript.AddRange(turn.Reply.Messages.Select(m => new TranscriptLine(Speaker.Kit, m.Text, turn.Now)));
        var turnIds = new List<string>(stored?.RecentTurnIds ?? []);
        var replies = new List<RecordedReply>(stored?.RecentReplies ?? []);
        if (message.MessageId is not null)
        {
            turnIds.Add(message.MessageId);
            replies.Add(new RecordedReply(message.MessageId, ToReply(turn)));
        }

        return new ConversationState
        {
            UserId = message.UserId,
            Version = stored?.Version ?? 0,
            Locale = turn.Locale,
            Country = turn.Country,
            FlowId = turn.FlowId,
            State = turn.StateName,
            Suspended = [.. turn.Suspended],
            Variables = turn.Variables,
            Transcript = [.. transcript.TakeLast(options.TranscriptLength)],
            RecentRisk = [.. (stored?.RecentRisk ?? []).Append(turn.Risk.Level).TakeLast(Math.Max(options.ScreeningHistory, 1))],
            PackVersion = turn.Pack.Manifest.Version,
            CreatedAt = stored?.CreatedAt ?? turn.Now,
            UpdatedAt = turn.Now,
            RecentTurnIds = [.. turnIds.TakeLast(TurnIdsKept)],
            RecentReplies = [.. replies.TakeLast(RepliesKept)],
        };
    }

    /// <summary>
    /// Hands the turn's events to the listeners, turns the hand-off answer (if a person was asked for) into messages, and
    /// ends with <see cref="TurnCompleted"/>. Each listener bounds its own calls; one failing stops neither the others nor the reply.
    /// </summary>
    private async Task DispatchAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Events.Count > 0)
        {
            foreach (var followUp in await _dispatcher.DispatchAsync(turn.Events, cancellationToken).ConfigureAwait(false))
            {
                if (followUp is HandoffAnswered answered)
                {
                    HandoffReply.Add(turn, answered.Result);
                }
            }
        }

        var completed = new TurnCompleted(turn.UserId, turn.Now, turn.Risk.Level, turn.Safety, turn.FlowId, turn.StateName, turn.Locale, turn.Reply.Count);
        await _dispatcher.DispatchAsync([completed], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A message id seen before: the reply it got the first time when it is one of the last few, else where the conversation
    /// is (with the helplines while the safety flow is active). Nothing is advanced or saved.
    /// </summary>
    private Reply Replay(UserMessage message, ConversationState stored, ContentPack pack, WellbeingKitOptions options)
    {
        const string Note = "This message id was handled before; the conversation was not advanced again.";
        if (stored.RecentReplies.LastOrDefault(r => string.Equals(r.MessageId, message.MessageId, StringComparison.Ordinal)) is { } recorded)
        {
            return recorded.Reply with { Warnings = [Note] };
        }

        var input = NewInput(message, stored, pack, options, LocaleOf(message, stored, options), RiskAssessment.None, EmotionResult.Neutral);
        var turn = NewTurn(input, message, stored);
        _runner.Prompt(turn);
        var safety = FlowRunner.IsSafetyFlow(pack, stored.FlowId);
        if (safety)
        {
            turn.ShowHelplines();
        }

        var lastUser = stored.Transcript.ToList().FindLastIndex(l => l.Speaker == Speaker.User);
        var said = stored.Transcript.Skip(lastUser + 1).Select(l => new ReplyMessage(l.Text)).ToList();
        return ToReply(turn) with
        {
            Messages = said,
            Safety = safety,
            Warnings = [Note],
        };
    }

    private static Reply ToReply(Turn turn) => new()
    {
        Messages = [.. turn.Reply.All],
        QuickReplies = [.. turn.Reply.QuickReplies],
        Risk = turn.Risk,
        Safety = turn.Safety || FlowRunner.IsSafetyFlow(turn.Pack, turn.FlowId),
        Helplines = [.. turn.Reply.Helplines],
        Handoff = turn.Reply.Handoff,
        SafetyPlan = turn.Reply.SafetyPlan,
        Locale = turn.Locale,
        Direction = Direction(turn.Pack, turn.Locale),
        FlowId = turn.FlowId,
        State = turn.StateName,
    };

    private static string Direction(ContentPack pack, string locale)
    {
        var language = Content.Locales.Language(locale);
        var declared = pack.Manifest.Locales.FirstOrDefault(l => string.Equals(l.Code, locale, StringComparison.OrdinalIgnoreCase))
            ?? pack.Manifest.Locales.FirstOrDefault(l => string.Equals(l.Code, language, StringComparison.OrdinalIgnoreCase));
        return declared?.Direction ?? (Content.Locales.IsRightToLeft(language) ? "rtl" : "ltr");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The message key '{Key}' has no text in '{Locale}', the pack's default locale or the built-in texts; it was left out.")]
    private static partial void LogMissingKey(ILogger logger, string key, string locale);

    [LoggerMessage(Level = LogLevel.Information, Message = "The conversation changed while the turn was worked out (attempt {Attempt}); the turn is worked out again.")]
    private static partial void LogConflict(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "The content pack failed to load ({ExceptionType}: {Reason}); the kit answers with its built-in safety content only.")]
    private static partial void LogContentFailed(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The emotion classifier failed with {ExceptionType}; the message counts as neutral.")]
    private static partial void LogEmotionFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown time zone '{TimeZone}'; the hour is taken in UTC.")]
    private static partial void LogUnknownTimeZone(ILogger logger, string timeZone);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The conversation store failed with {ExceptionType}; a crisis message still gets the safety response, unsaved.")]
    private static partial void LogStoreFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The turn failed with {ExceptionType}; the message is screened and a crisis still gets the safety response, unsaved.")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The screening failed with {ExceptionType}; the message is escalated.")]
    private static partial void LogScreeningFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "A crisis turn could not be saved: the conversation changed under each of {Attempts} attempts. The safety response was given unsaved.")]
    private static partial void LogCrisisUnsaved(ILogger logger, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} field(s) of a message (locale, country, context) could not be read and were ignored; the reply carries the warnings.")]
    private static partial void LogFieldsIgnored(ILogger logger, int count);

    /// <summary>What a turn learned before it failed, so the fail-safe path need not ask again.</summary>
    private sealed class TurnProgress
    {
        public ContentPack? Pack { get; set; }

        public RiskAssessment? Risk { get; set; }
    }

    /// <summary>How a locked turn ended: answered (saved or not), or a replayed message.</summary>
    private readonly record struct TurnOutcome(Turn? Turn, bool Saved, Reply? Replayed)
    {
        public static TurnOutcome Answered(Turn turn, bool saved) => new(turn, saved, null);

        public static TurnOutcome Replay(Reply reply) => new(null, false, reply);
    }
}
