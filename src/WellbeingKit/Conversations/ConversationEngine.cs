using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations.Runtime;
using WellbeingKit.Emotions;
using WellbeingKit.Exercises;
using WellbeingKit.Handoff;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;
using WellbeingKit.UserData;

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
    private static readonly string[] RightToLeft = ["ar", "he", "fa", "ur", "ps", "ckb", "yi", "dv"];

    private readonly RiskScreener _screener;
    private readonly IConversationStore _store;
    private readonly IContentSource? _content;
    private readonly IEmotionClassifier? _emotions;
    private readonly IOptions<WellbeingKitOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ConversationEngine> _logger;
    private readonly FlowRunner _runner;
    private readonly StepServices _services;
    private readonly SemaphoreSlim[] _userLocks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Creates the engine. Resolve it as <see cref="IWellbeingKit"/> from <c>AddWellbeingKit()</c>.</summary>
    /// <param name="screener">The composite risk screening.</param>
    /// <param name="store">Where conversations are kept.</param>
    /// <param name="userData">Where moods, journal entries, feedback and questionnaire results are recorded.</param>
    /// <param name="audit">Where escalations and hand-offs are recorded (never message text).</param>
    /// <param name="handoff">Hands users over to a person.</param>
    /// <param name="options">The kit's options.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger (no message text is logged).</param>
    /// <param name="content">The content pack; without one (or when it fails to load) the kit still answers a crisis with its built-in safety flow.</param>
    /// <param name="selector">Picks exercises; without one, an exercise state offers the pack's first exercise.</param>
    /// <param name="emotions">Classifies emotions; without one every message counts as neutral.</param>
    /// <param name="telemetry">Metrics and traces (no text, no user ids); without one, a meter of the kit's own.</param>
    public ConversationEngine(
        RiskScreener screener,
        IConversationStore store,
        IUserDataStore userData,
        IAuditLog audit,
        IHandoffService handoff,
        IOptions<WellbeingKitOptions> options,
        TimeProvider time,
        ILogger<ConversationEngine> logger,
        IContentSource? content = null,
        IExerciseSelector? selector = null,
        IEmotionClassifier? emotions = null,
        Telemetry.WellbeingKitTelemetry? telemetry = null)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _screener = screener;
        _store = store;
        _content = content;
        _emotions = emotions;
        _options = options;
        _time = time;
        _logger = logger;
        _services = new StepServices { Selector = selector, Handoff = handoff, UserData = userData, Audit = audit, Logger = logger, Telemetry = telemetry ?? Telemetry.WellbeingKitTelemetry.Shared };
        _runner = new FlowRunner(_services);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The text is empty or longer than <see cref="WellbeingKitOptions.MaxMessageLength"/>.</exception>
    /// <exception cref="ConcurrencyConflictException">Other writers kept changing the conversation for every retry.</exception>
    public async Task<Reply> HandleAsync(UserMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var options = _options.Value;
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            throw new ArgumentException("The message text is empty: send what the user wrote or the value of the quick reply they chose.", nameof(message));
        }

        if (message.Text.Length > options.MaxMessageLength)
        {
            throw new ArgumentException(
                $"The message is {message.Text.Length} characters long; the limit is {options.MaxMessageLength} (WellbeingKitOptions.MaxMessageLength).",
                nameof(message));
        }

        using var activity = Telemetry.WellbeingKitTelemetry.StartTurn();
        var userLock = _userLocks[(int)((uint)StringComparer.Ordinal.GetHashCode(message.UserId) % (uint)_userLocks.Length)];
        await userLock.WaitAsync(cancellationToken);
        try
        {
            return await HandleLockedAsync(message, options, cancellationToken);
        }
        finally
        {
            userLock.Release();
        }
    }

    private async Task<Reply> HandleLockedAsync(UserMessage message, WellbeingKitOptions options, CancellationToken cancellationToken)
    {
        var pack = await LoadPackAsync(options, cancellationToken);
        ConversationState? stored;
        try
        {
            stored = await _store.GetAsync(message.UserId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return await AnswerWithoutStoreAsync(message, pack, options, e, cancellationToken);
        }

        if (IsRepeat(message, stored))
        {
            return Replay(message, stored!, pack, options);
        }

        var locale = message.Locale ?? stored?.Locale ?? options.DefaultLocale;
        var history = (stored?.Transcript ?? [])
            .Where(l => l.Speaker == Speaker.User)
            .Select(l => l.Text)
            .TakeLast(options.ScreeningHistory)
            .ToList();
        var risk = await _screener.AssessAsync(new RiskScreeningRequest(message.Text) { Locale = locale, History = history }, cancellationToken);
        var emotion = await ClassifyAsync(message.Text, locale, cancellationToken);
        var crisis = risk.Level >= options.EscalationThreshold;

        for (var attempt = 0; ; attempt++)
        {
            var turn = NewTurn(message, stored, pack, options, risk, emotion);
            await _runner.RunAsync(turn, crisis, cancellationToken);
            foreach (var key in turn.MissingKeys.Distinct(StringComparer.Ordinal))
            {
                LogMissingKey(_logger, key, turn.Locale);
            }

            ConversationState? saved;
            try
            {
                saved = await _store.TrySaveAsync(NextState(message, stored, turn, options), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException && crisis)
            {
                LogStoreFailed(_logger, e.GetType().Name);
                await RunEffectsAsync(turn, cancellationToken);
                return ToReply(turn);
            }

            if (saved is not null)
            {
                await RunEffectsAsync(turn, cancellationToken);
                return ToReply(turn);
            }

            if (attempt + 1 >= options.ConcurrencyRetries)
            {
                throw new ConcurrencyConflictException(
                    $"The conversation of this user changed under every one of {options.ConcurrencyRetries} attempts (WellbeingKitOptions.ConcurrencyRetries); the message was not handled.");
            }

            LogConflict(_logger, attempt + 1);
            stored = await _store.GetAsync(message.UserId, cancellationToken);
            if (IsRepeat(message, stored))
            {
                return Replay(message, stored!, pack, options);
            }
        }
    }

    /// <summary>
    /// The store failed to read the conversation. A crisis still gets the safety response (from a fresh conversation,
    /// not saved); anything else fails with the store's error.
    /// </summary>
    private async Task<Reply> AnswerWithoutStoreAsync(UserMessage message, ContentPack pack, WellbeingKitOptions options, Exception failure, CancellationToken cancellationToken)
    {
        LogStoreFailed(_logger, failure.GetType().Name);
        var locale = message.Locale ?? options.DefaultLocale;
        var risk = await _screener.AssessAsync(new RiskScreeningRequest(message.Text) { Locale = locale }, cancellationToken);
        if (risk.Level < options.EscalationThreshold)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        var turn = NewTurn(message, stored: null, pack, options, risk, EmotionResult.Neutral);
        await _runner.RunAsync(turn, crisis: true, cancellationToken);
        await RunEffectsAsync(turn, cancellationToken);
        return ToReply(turn);
    }

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
            return await _content.GetPackAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogContentFailed(_logger, e.GetType().Name, e.Message);
            return EmptyPack(options);
        }
    }

    private static ContentPack EmptyPack(WellbeingKitOptions options) => new()
    {
        Manifest = new PackManifest { Id = "builtin", Version = "0", DefaultLocale = options.DefaultLocale },
    };

    private async Task<EmotionResult> ClassifyAsync(string text, string locale, CancellationToken cancellationToken)
    {
        if (_emotions is null)
        {
            return EmotionResult.Neutral;
        }

        try
        {
            return await _emotions.ClassifyAsync(text, locale, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogEmotionFailed(_logger, e.GetType().Name);
            return EmotionResult.Neutral;
        }
    }

    private Turn NewTurn(UserMessage message, ConversationState? stored, ContentPack pack, WellbeingKitOptions options, RiskAssessment risk, EmotionResult emotion)
    {
        var now = _time.GetUtcNow();
        var locale = message.Locale ?? stored?.Locale ?? options.DefaultLocale;
        var country = message.Country ?? stored?.Country ?? options.DefaultCountry;
        var variables = new Dictionary<string, string>(stored?.Variables ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (message.Context is not null)
        {
            variables["context"] = message.Context;
        }

        if (message.TimeZone is not null)
        {
            variables["timezone"] = message.TimeZone;
        }

        variables["locale"] = locale;
        variables["country"] = country ?? "";
        variables["emotion"] = emotion.Ekman;
        variables["distress"] = emotion.Distress.ToString("0.##", CultureInfo.InvariantCulture);
        variables["hour"] = LocalHour(now, variables.GetValueOrDefault("timezone")).ToString(CultureInfo.InvariantCulture);
        variables["risk"] = risk.Level.ToString().ToLowerInvariant();
        return new Turn
        {
            UserId = message.UserId,
            Services = _services,
            Text = message.Text,
            Pack = pack,
            Locale = locale,
            Country = country,
            Now = now,
            Risk = risk,
            HelpVisibleFor = options.HelpVisibleFor,
            Emotion = emotion,
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
        transcript.AddRange(turn.Messages.Select(m => new TranscriptLine(Speaker.Kit, m.Text, turn.Now)));
        var turnIds = new List<string>(stored?.RecentTurnIds ?? []);
        if (message.MessageId is not null)
        {
            turnIds.Add(message.MessageId);
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
        };
    }

    private async Task RunEffectsAsync(Turn turn, CancellationToken cancellationToken)
    {
        foreach (var effect in turn.Effects)
        {
            try
            {
                await effect(turn, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogEffectFailed(_logger, e.GetType().Name);
            }
        }

        _services.Telemetry.TurnCompleted(turn);
    }

    private Reply Replay(UserMessage message, ConversationState stored, ContentPack pack, WellbeingKitOptions options)
    {
        var turn = NewTurn(message, stored, pack, options, RiskAssessment.None, EmotionResult.Neutral);
        _runner.Prompt(turn);
        var lastUser = stored.Transcript.ToList().FindLastIndex(l => l.Speaker == Speaker.User);
        var said = stored.Transcript.Skip(lastUser + 1).Select(l => new ReplyMessage(l.Text)).ToList();
        return ToReply(turn) with
        {
            Messages = said,
            Safety = FlowRunner.IsSafetyFlow(pack, stored.FlowId),
        };
    }

    private static Reply ToReply(Turn turn) => new()
    {
        Messages = [.. turn.Messages],
        QuickReplies = [.. turn.QuickReplies],
        Risk = turn.Risk,
        Safety = turn.Safety || FlowRunner.IsSafetyFlow(turn.Pack, turn.FlowId),
        Helplines = [.. turn.Helplines],
        Handoff = turn.Handoff,
        SafetyPlan = turn.SafetyPlan,
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
        return declared?.Direction ?? (RightToLeft.Contains(language, StringComparer.OrdinalIgnoreCase) ? "rtl" : "ltr");
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording a side effect of a saved turn failed with {ExceptionType}.")]
    private static partial void LogEffectFailed(ILogger logger, string exceptionType);
}
