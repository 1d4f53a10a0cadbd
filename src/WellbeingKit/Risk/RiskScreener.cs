using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Resilience;

namespace WellbeingKit.Risk;

/// <summary>
/// The composite screening every message goes through: runs every registered <see cref="IRiskDetector"/> and combines
/// their assessments with the registered <see cref="IRiskCombiner"/> (by default the highest level, evidence merged). A detector that throws, cancels itself, hangs or blocks its thread
/// past <see cref="WellbeingKitOptions.DetectorTimeout"/> (measured on the injected <see cref="TimeProvider"/>) yields an
/// escalation, never "no risk". Only the caller's own cancellation ends a screening without a result.
/// The kit's own detectors, once loaded, are bounded in-process work and run inline (no thread-pool hop, no timer);
/// a throw from them escalates too. Every other detector runs on the thread pool under the time-out. A kit detector
/// whose highest possible level is already reached (the ML model, which says at most High, after a lexicon High) is not
/// run when no host combiner is registered: the level cannot change, and a long post is not scored twice.
/// </summary>
public sealed partial class RiskScreener : IRiskDetector
{
    private readonly IRiskDetector[] _detectors;
    private readonly RiskAssessment[] _notRun;
    private readonly IOptions<WellbeingKitOptions> _options;
    private readonly ILogger<RiskScreener> _logger;
    private readonly TimeProvider _time;
    private readonly IRiskCombiner? _combiner;

    /// <summary>Creates the screener over the registered detectors.</summary>
    /// <param name="detectors">The detectors to run.</param>
    /// <param name="options">The kit's options (detector time-out).</param>
    /// <param name="logger">The logger; failures are logged without message text.</param>
    /// <param name="time">The clock the time-out is measured on; the system clock when null.</param>
    /// <param name="combiner">Combines the detectors' assessments; the highest level when null.</param>
    public RiskScreener(IEnumerable<IRiskDetector> detectors, IOptions<WellbeingKitOptions> options, ILogger<RiskScreener> logger, TimeProvider? time = null, IRiskCombiner? combiner = null)
    {
        ArgumentNullException.ThrowIfNull(detectors);
        _detectors = detectors.Where(d => d is not RiskScreener).ToArray();
        _notRun = _detectors.Select(d => new RiskAssessment { Detector = d.Name }).ToArray();
        _options = options;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _combiner = combiner is HighestLevelRiskCombiner ? null : combiner;
    }

    /// <summary>The name used in evidence: <c>composite</c>.</summary>
    public string Name => "composite";

    /// <summary>The detectors this screener runs.</summary>
    public IReadOnlyList<IRiskDetector> Detectors => _detectors;

    /// <summary>
    /// Loads the kit's own (bounded) detectors, lexicon and ML, whose first screening otherwise includes reading their data and
    /// would run past the detector time-out: the host does this at start, and an evaluation before its first row. Third-party
    /// detectors are not called: they stay under the time-out on every turn. A detector that fails to load is logged and left
    /// to <see cref="AssessAsync"/>, which escalates whatever it cannot screen.
    /// </summary>
    /// <param name="locale">The locale of the warm-up message; the detectors' default when null.</param>
    /// <param name="cancellationToken">Cancels the loading.</param>
    /// <returns>A task that completes when every bounded detector has loaded or failed to.</returns>
    public async Task LoadDetectorsAsync(string? locale = null, CancellationToken cancellationToken = default)
    {
        var request = new RiskScreeningRequest("hello") { Locale = locale };
        foreach (var detector in _detectors.OfType<IBoundedRiskDetector>())
        {
            try
            {
                await detector.AssessAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogLoadFailed(_logger, detector.Name, e.GetType().Name, e.Message);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_detectors.Length == 0)
        {
            LogNoDetectors(_logger);
            return Failure("none");
        }

        cancellationToken.ThrowIfCancellationRequested();
        // With the default combination, the conversation rules run here, over every kit detector's findings
        // (ConversationContext); the kit's own detectors then screen the message alone. A host's combiner gets the history as is.
        var conversation = _combiner is null && request.History.Count > 0;
        var alone = conversation ? request with { History = [] } : request;
        var results = new RiskAssessment[_detectors.Length];
        List<(int Index, Task<RiskAssessment> Task)>? pending = null;
        var level = RiskLevel.None; // the highest level found inline so far
        for (var i = 0; i < _detectors.Length; i++)
        {
            var detector = _detectors[i];
            if (_combiner is null && detector is IBoundedRiskDetector { Ceiling: var ceiling } && level >= ceiling)
            {
                // Already at or above anything this detector can say (the ML model's High after a lexicon High or
                // Imminent): with the highest-level rule the level cannot change, so the long message is not scored
                // again. A host's own combiner sees every detector's result.
                results[i] = _notRun[i];
            }
            else if (detector is IBoundedRiskDetector bounded && TryRunInline(bounded, alone, out var inline))
            {
                results[i] = inline;
                level = inline.Level > level ? inline.Level : level;
            }
            else
            {
                (pending ??= []).Add((i, RunAsync(detector, detector is IBoundedRiskDetector ? alone : request, cancellationToken)));
            }
        }

        if (pending is not null)
        {
            foreach (var (index, task) in pending)
            {
                results[index] = await task.ConfigureAwait(false);
            }
        }

        if (_combiner is not null)
        {
            return CombineSafely(_combiner, results, request);
        }

        CapModelsInFrame(results, request.Text);

        var combined = Combine(results, Name);
        if (!conversation || combined.Level is RiskLevel.None or >= RiskLevel.High || combined.EscalatedOnFailure)
        {
            return combined;
        }

        var afterDistress = AfterDistressOf(combined);
        return ConversationContext.Apply(combined, ScreenHistory(request, afterDistress), afterDistress, Name);
    }

    /// <summary>
    /// A message the lexicon reads as told about rather than lived, in whatever language its lexicons cover, and where no crisis
    /// phrase stays above Low: a kit model's Moderate or High is capped at Low, as the lexicon lowered its own phrases. Told about
    /// means every crisis phrase the lexicon saw is framed (news, recovery story, professional question, fiction, lyrics, game)
    /// or negated ("i'm not suicidal"), whatever the length; or, in a message under
    /// <see cref="Lexicon.LexiconScreening.FramedMessageWords"/> words, a frame cue or a negated crisis phrase with nothing else above
    /// Low. Never capped: a model reading abuse, a lexicon Imminent or abuse phrase (never framed; the lexicon keeps it at
    /// Moderate or above, or counts it as lived), a failed detector's escalation, and a message where the lexicon keeps Moderate or
    /// more. The facts come from the lexicon's own pass (<see cref="RiskAssessment.Reading"/>): the text is not scanned again.
    /// </summary>
    private void CapModelsInFrame(RiskAssessment[] results, string text)
    {
        var reading = Lexicon.LexiconReading.None;
        var lexicon = false;
        var model = false;
        for (var i = 0; i < results.Length; i++)
        {
            if (_detectors[i] is Lexicon.LexiconRiskDetector)
            {
                if (results[i].Level > RiskLevel.Low || results[i].EscalatedOnFailure)
                {
                    return;
                }

                lexicon = true;
                reading |= results[i].Reading;
            }
            else
            {
                model |= _detectors[i] is IBoundedRiskDetector && results[i].Level > RiskLevel.Low && !results[i].EscalatedOnFailure;
            }
        }

        if (!lexicon || !model || !ToldAbout(reading, text))
        {
            return;
        }

        for (var i = 0; i < results.Length; i++)
        {
            if (_detectors[i] is IBoundedRiskDetector and not Lexicon.LexiconRiskDetector && results[i] is { Level: > RiskLevel.Low, EscalatedOnFailure: false } r
                && !r.Categories.Any(c => c is RiskCategory.AbuseOrViolence or RiskCategory.ChildAbuse))
            {
                results[i] = r with { Level = RiskLevel.Low, Evidence = r.Evidence.Select(e => e with { Level = RiskLevel.Low }).ToList() };
            }
        }
    }

    /// <summary>Whether the lexicon's <paramref name="reading"/> of <paramref name="text"/> lets the models be capped (<see cref="CapModelsInFrame"/>).</summary>
    private static bool ToldAbout(Lexicon.LexiconReading reading, string text) =>
        (reading & Lexicon.LexiconReading.AllToldAbout) != 0
        || ((reading & (Lexicon.LexiconReading.Frame | Lexicon.LexiconReading.Negation)) != 0
            && !Words.HasAtLeast(text, Lexicon.LexiconScreening.FramedMessageWords));

    /// <summary>
    /// What each earlier message showed to the kit's own detectors, screened alone (third-party detectors are not run on the
    /// history: their time-outs would multiply). A detector that is still loading or throws on an earlier message adds nothing
    /// for it; the current message was screened, and failed safe, already.
    /// </summary>
    /// <param name="request">The request and its history.</param>
    /// <param name="afterDistress">Whether the message has a method question: the latest messages are then also read for a loss.</param>
    private ConversationContext.Signal[] ScreenHistory(RiskScreeningRequest request, RiskLevel afterDistress)
    {
        var signals = new ConversationContext.Signal[request.History.Count];
        for (var m = 0; m < signals.Length; m++)
        {
            var past = new RiskScreeningRequest(request.History[m]) { Locale = request.Locale };
            var level = RiskLevel.None;
            var distressOrLoss = false;
            RiskCategory? category = null;

            // A model's score on a message of one or two words ("phq9", "ok") is not trusted (the ML detector caps it at Low):
            // such a message is not given to the models at all, so it does not count toward the conversation's distress.
            var trustedByModels = Words.HasAtLeast(request.History[m], Words.TrustedByModels);
            foreach (var detector in _detectors)
            {
                if (detector is not IBoundedRiskDetector bounded
                    || (!trustedByModels && detector is not Lexicon.LexiconRiskDetector)
                    || !TryAssessQuietly(bounded, past, out var assessment)
                    || assessment.Level == RiskLevel.None)
                {
                    continue;
                }

                // The lexicon's level counts as it is; the ML model's Low and Moderate count as Low, its High as Moderate: its
                // Moderate fires on everyday messages ("my boss keeps emailing me late") that already had their check-in.
                var counted = detector is Lexicon.LexiconRiskDetector ? assessment.Level
                    : assessment.Level >= RiskLevel.High ? RiskLevel.Moderate : RiskLevel.Low;
                distressOrLoss |= counted >= (detector is Lexicon.LexiconRiskDetector ? RiskLevel.Low : RiskLevel.Moderate);
                if (counted > level)
                {
                    level = counted;
                    category = assessment.Categories.Count > 0 ? assessment.Categories[0] : category;
                }
            }

            if (!distressOrLoss && afterDistress > RiskLevel.None && m >= signals.Length - ConversationContext.RecentMessages)
            {
                distressOrLoss = _detectors.OfType<Lexicon.LexiconRiskDetector>().Any(l => l.TellsOfLoss(request.History[m]));
            }

            signals[m] = new ConversationContext.Signal(level, distressOrLoss, category);
        }

        return signals;
    }

    private static bool TryAssessQuietly(IBoundedRiskDetector detector, RiskScreeningRequest request, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RiskAssessment? assessment)
    {
        try
        {
            return detector.TryAssess(request, out assessment);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            assessment = null;
            return false;
        }
    }

    /// <summary>The level the lexicon's method or means question in <paramref name="combined"/> reaches after distress; None without one.</summary>
    private RiskLevel AfterDistressOf(RiskAssessment combined)
    {
        var level = RiskLevel.None;
        foreach (var detector in _detectors)
        {
            if (detector is Lexicon.LexiconRiskDetector lexicon)
            {
                var raised = lexicon.AfterDistressOf(combined);
                level = raised > level ? raised : level;
            }
        }

        return level;
    }

    /// <summary>
    /// Asks the host's combiner, keeping the fail-safe it cannot switch off: a combiner that throws or returns nothing escalates,
    /// and so does a result below the threshold while a detector failed.
    /// </summary>
    private RiskAssessment CombineSafely(IRiskCombiner combiner, RiskAssessment[] results, RiskScreeningRequest request)
    {
        var threshold = _options.Value.EscalationThreshold;
        RiskAssessment combined;
        try
        {
            combined = combiner.Combine(results, request) ?? throw new InvalidOperationException("The risk combiner returned null.");
        }
        catch (Exception e)
        {
            LogCombinerFailed(_logger, combiner.GetType().Name, e.GetType().Name);
            var merged = Combine(results, Name);
            return merged with { Level = merged.Level > threshold ? merged.Level : threshold, Score = 1, EscalatedOnFailure = true };
        }

        if (combined.Level < threshold && results.Any(r => r.EscalatedOnFailure))
        {
            combined = combined with { Level = threshold, Score = 1, EscalatedOnFailure = true };
        }

        return combined with { Detector = Name };
    }

    /// <summary>Runs a ready kit detector inline; a throw escalates, as on the thread-pool path.</summary>
    private bool TryRunInline(IBoundedRiskDetector detector, RiskScreeningRequest request, out RiskAssessment result)
    {
        try
        {
            if (detector.TryAssess(request, out var assessment))
            {
                result = assessment;
                return true;
            }
        }
        catch (Exception e)
        {
            LogDetectorFailed(_logger, detector.Name, e.GetType().Name);
            result = Failure(detector.Name);
            return true;
        }

        result = null!;
        return false;
    }

    /// <summary>The highest level of <paramref name="results"/>, with their categories and evidence merged in text order.</summary>
    internal static RiskAssessment Combine(IReadOnlyCollection<RiskAssessment> results, string name)
    {
        // One pass for the common case (every detector calm: nothing to merge); the merge only when there is something.
        var level = RiskLevel.None;
        var score = 0.0; // scores are 0..1
        var escalated = false;
        var evidence = 0;
        var categories = 0;
        foreach (var r in results)
        {
            level = r.Level > level ? r.Level : level;
            score = Math.Max(score, r.Score);
            escalated |= r.EscalatedOnFailure;
            evidence += r.Evidence.Count;
            categories += r.Level > RiskLevel.None ? r.Categories.Count : 0;
        }

        return new RiskAssessment
        {
            Level = level,
            Categories = categories == 0 ? [] : results.Where(r => r.Level > RiskLevel.None)
                .OrderByDescending(r => r.Level)
                .SelectMany(r => r.Categories)
                .Distinct()
                .ToList(),
            Score = score,
            Evidence = evidence == 0 ? [] : results.SelectMany(r => r.Evidence).OrderBy(e => e.Start).ToList(),
            Detector = name,
            EscalatedOnFailure = escalated,
        };
    }

    private async Task<RiskAssessment> RunAsync(IRiskDetector detector, RiskScreeningRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await Deadline.RunAsync(
                "Risk detector " + detector.Name,
                _options.Value.DetectorTimeout,
                _time,
                token => detector.AssessAsync(request, token).AsTask(),
                cancellationToken).ConfigureAwait(false) ?? Failure(detector.Name);
        }
        catch (TimeoutException)
        {
            LogDetectorTimedOut(_logger, detector.Name);
            return Failure(detector.Name);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogDetectorFailed(_logger, detector.Name, e.GetType().Name);
            return Failure(detector.Name);
        }
    }

    private RiskAssessment Failure(string detector) => new()
    {
        Level = _options.Value.EscalationThreshold,
        Score = 1,
        Detector = detector,
        EscalatedOnFailure = true,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "The risk combiner {Combiner} failed with {ExceptionType}; the message is escalated.")]
    private static partial void LogCombinerFailed(ILogger logger, string combiner, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Risk detector {Detector} could not load ({ExceptionType}: {Reason}); until it can, the messages it cannot screen are escalated.")]
    private static partial void LogLoadFailed(ILogger logger, string detector, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "No risk detector is registered: every message escalates until one is.")]
    private static partial void LogNoDetectors(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Risk detector {Detector} timed out or cancelled itself; the message is escalated.")]
    private static partial void LogDetectorTimedOut(ILogger logger, string detector);

    [LoggerMessage(Level = LogLevel.Error, Message = "Risk detector {Detector} failed with {ExceptionType}; the message is escalated.")]
    private static partial void LogDetectorFailed(ILogger logger, string detector, string exceptionType);
}
