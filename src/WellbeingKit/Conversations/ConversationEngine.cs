using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations.Runtime;
using WellbeingKit.Emotions;
using WellbeingKit.Events;
using WellbeingKit.Exercises;
using WellbeingKit.Handoff;
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
internal sealed partial class ConversationEngine : IWellbeingKit
{
    private readonly RiskScreener _screener;
    private readonly IConversationStore _store;
    private readonly IContentSource? _content;
    private readonly IEmotionClassifier? _emotions;
    private readonly IOptions<WellbeingKitOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ConversationEngine> _logger;
    private readonly FlowRunner _runner;
    private readonly MessageScreening _screening;
    private readonly TurnFactory _turns;
    private readonly TurnEventDispatcher _dispatcher;
    private readonly KitStartup? _startup;
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
    /// <param name="startup">Checks the set-up before the first turn when no host has (null: not checked).</param>
    /// <param name="plans">Where safety plans are kept; without one "my safety plan" says there is none.</param>
    internal ConversationEngine(
        RiskScreener screener,
        IConversationStore store,
        TurnEventDispatcher dispatcher,
        IOptions<WellbeingKitOptions> options,
        TimeProvider time,
        ILogger<ConversationEngine> logger,
        IContentSource? content = null,
        IExerciseSelector? selector = null,
        IEmotionClassifier? emotions = null,
        KitStartup? startup = null,
        Safety.ISafetyPlanStore? plans = null)
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
        _startup = startup;
        _options = options;
        _time = time;
        _logger = logger;
        _runner = new FlowRunner(new StepServices { Selector = selector, Logger = logger, Plans = plans, StoreTimeout = options.Value.StoreTimeout, Time = time });
        _screening = new MessageScreening(screener, logger);
        _turns = new TurnFactory(time, logger);
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
    /// <exception cref="InvalidOperationException">
    /// Without a host, at the first message: the set-up is wrong (no content source, a pack that does not load, a missing key),
    /// with a sentence that says what to do. A crisis that a working detector found still gets the built-in safety response.
    /// </exception>
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
        message = MessageFields.Normalize(message, warnings);
        if (warnings.Count > 0)
        {
            LogFieldsIgnored(_logger, warnings.Count);
        }

        if (message.Text.Length > options.MaxMessageLength)
        {
            warnings.Add($"The message is {message.Text.Length} characters long, over the {options.MaxMessageLength} of WellbeingKitOptions.MaxMessageLength: it was screened in full and the user was asked to send it in shorter parts.");
        }

        using var activity = TurnActivity.Start();
        var progress = new TurnProgress();
        Turn turn;
        try
        {
            if (_startup is { Started: false } startup)
            {
                // No host checked the set-up: a mistake fails this turn with the sentence (a crisis still gets the safety response).
                await startup.EnsureStartedAsync(cancellationToken).ConfigureAwait(false);
            }

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
        return WithWarnings(ReplyComposer.ToReply(turn), warnings);
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

        var locale = TurnFactory.LocaleOf(message, stored, options);
        var history = (stored?.Transcript ?? [])
            .Where(l => l.Speaker == Speaker.User)
            .Select(l => l.Text)
            .TakeLast(options.ScreeningHistory)
            .ToList();
        var risk = await _screening.ScreenAsync(message.Text, locale, history, options, cancellationToken).ConfigureAwait(false);
        progress.Risk = risk;
        var emotion = await ClassifyAsync(message.Text, locale, options, cancellationToken).ConfigureAwait(false);
        var input = _turns.NewInput(message, stored, pack, options, locale, risk, emotion);
        var crisis = risk.Level >= options.EscalationThreshold;
        var tooLong = message.Text.Length > options.MaxMessageLength;
        if (tooLong && !crisis)
        {
            // Not a crisis: the conversation stays where it is, and the user is asked for shorter parts.
            var asked = _turns.NewTurn(input, message, stored);
            asked.Say(MessageKeys.EngineTooLong);
            _runner.Prompt(asked);
            return TurnOutcome.Answered(asked, saved: false);
        }

        for (var attempt = 0; ; attempt++)
        {
            var turn = _turns.NewTurn(input, message, stored);
            await _runner.RunAsync(turn, crisis, cancellationToken).ConfigureAwait(false);
            if (tooLong)
            {
                turn.Say(MessageKeys.EngineTooLong);
            }

            foreach (var key in turn.MissingKeys.Distinct(StringComparer.Ordinal))
            {
                LogMissingKey(_logger, key, turn.Locale);
            }

            ConversationState? saved;
            try
            {
                var next = ConversationStates.Next(message, stored, turn, options);
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

            // Back off for a random, growing pause (up to 1, 2, 4 ... 64 ms) so that a writer on another instance with a queue
            // of this user's turns cannot win every race: without it two busy instances could starve one turn of all its tries.
            // A pacing pause on the wall clock, not a time the conversation sees, so it is not taken from the TimeProvider.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Math.Min(64, 1 << attempt)), cancellationToken).ConfigureAwait(false);
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
        var risk = progress.Risk ?? await _screening.ScreenAsync(message.Text, locale, [], options, cancellationToken).ConfigureAwait(false);

        // A kit that never started (no host checked its set-up, and the check failed here) answers only a crisis a working
        // detector found: one that escalated because it cannot run in this set-up would hide the mistake behind a safety reply
        // to every message. A host with the same mistake does not start at all.
        var notStarted = _startup is { Started: false };
        if (risk.Level < options.EscalationThreshold || (notStarted && risk.EscalatedOnFailure && risk.Categories.Count == 0))
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
        var input = _turns.NewInput(message, stored: null, pack, options, TurnFactory.LocaleOf(message, stored: null, options), risk, EmotionResult.Neutral);
        var turn = _turns.NewTurn(input, message, stored: null);
        await _runner.RunAsync(turn, crisis: true, cancellationToken).ConfigureAwait(false);
        if (message.Text.Length > options.MaxMessageLength)
        {
            turn.Say(MessageKeys.EngineTooLong);
        }

        return turn;
    }

    private Task<T> StoreAsync<T>(string what, WellbeingKitOptions options, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        Deadline.RunAsync(what, options.StoreTimeout, _time, call, cancellationToken);

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

        var input = _turns.NewInput(message, stored, pack, options, TurnFactory.LocaleOf(message, stored, options), RiskAssessment.None, EmotionResult.Neutral);
        var turn = _turns.NewTurn(input, message, stored);
        _runner.Prompt(turn);
        var safety = PackFlows.IsSafetyFlow(pack, stored.FlowId);
        if (safety)
        {
            turn.ShowHelplines();
        }

        var lastUser = stored.Transcript.ToList().FindLastIndex(l => l.Speaker == Speaker.User);
        var said = stored.Transcript.Skip(lastUser + 1).Select(l => new ReplyMessage(l.Text)).ToList();
        return ReplyComposer.ToReply(turn) with
        {
            Messages = said,
            Safety = safety,
            Warnings = [Note],
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} field(s) of a message (locale, country, context) could not be read and were ignored; the reply carries the warnings.")]
    private static partial void LogFieldsIgnored(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The message key '{Key}' has no text in '{Locale}', the pack's default locale or the built-in texts; it was left out.")]
    private static partial void LogMissingKey(ILogger logger, string key, string locale);

    [LoggerMessage(Level = LogLevel.Information, Message = "The conversation changed while the turn was worked out (attempt {Attempt}); the turn is worked out again.")]
    private static partial void LogConflict(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "The content pack failed to load ({ExceptionType}: {Reason}); the kit answers with its built-in safety content only.")]
    private static partial void LogContentFailed(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The emotion classifier failed with {ExceptionType}; the message counts as neutral.")]
    private static partial void LogEmotionFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The conversation store failed with {ExceptionType}; a crisis message still gets the safety response, unsaved.")]
    private static partial void LogStoreFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The turn failed with {ExceptionType}; the message is screened and a crisis still gets the safety response, unsaved.")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "A crisis turn could not be saved: the conversation changed under each of {Attempts} attempts. The safety response was given unsaved.")]
    private static partial void LogCrisisUnsaved(ILogger logger, int attempts);

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
