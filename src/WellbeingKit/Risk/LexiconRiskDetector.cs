using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WellbeingKit.Content;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Risk;

/// <summary>
/// The rule-based detector that never sleeps: matches the content pack's <c>lexicons/&lt;locale&gt;.yaml</c> phrases in one
/// pass (an Aho-Corasick automaton over folded text), whatever the case, diacritics, repeated letters, leetspeak,
/// missing spaces or one-letter misspellings; cancels matches covered by a benign idiom or after a negation; lowers
/// matches told in the past or about someone else; and raises the level when the recent history keeps showing
/// distress. Every lexicon runs on every message, so a user who switches language is still screened.
/// </summary>
/// <remarks>
/// When no <see cref="IContentSource"/> is registered, or the pack has no lexicon, every call throws: the composite
/// screener counts that as "escalate", never as "no risk".
/// </remarks>
public sealed partial class LexiconRiskDetector : IRiskDetector
{
    /// <summary>How many words after a negation cue ("not", "never", "not going to") a match is cancelled.</summary>
    private const int NegationWindow = 2;

    /// <summary>How many words before or after a match a past or third-party cue lowers it.</summary>
    private const int ContextWindow = 4;

    /// <summary>The weight of distinct distress phrases (Low 1, Moderate 2) that makes High.</summary>
    private const int HighWeight = 3;

    private readonly IContentSource? _contentSource;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile CompiledLexicon? _compiled;

    /// <summary>Creates the detector over the content pack's lexicons (the form dependency injection uses).</summary>
    /// <param name="contentSource">The content source; when null, every call fails, and so escalates.</param>
    /// <param name="logger">The logger; messages are never logged.</param>
    public LexiconRiskDetector(IContentSource? contentSource = null, ILogger<LexiconRiskDetector>? logger = null)
    {
        _contentSource = contentSource;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    private LexiconRiskDetector(CompiledLexicon compiled)
    {
        _compiled = compiled;
        _logger = NullLogger.Instance;
    }

    /// <summary>The name used in evidence: <c>lexicon</c>.</summary>
    public string Name => "lexicon";

    /// <summary>Creates a detector over lexicons given directly (tests, tools, hosts without a content pack).</summary>
    /// <param name="lexicons">The lexicons.</param>
    /// <returns>The detector.</returns>
    /// <exception cref="ArgumentException">No lexicon has a crisis pattern, or a phrase has no letters.</exception>
    public static LexiconRiskDetector Create(IEnumerable<LexiconDefinition> lexicons) => new(CompiledLexicon.Build(lexicons));

    /// <inheritdoc />
    public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var compiled = _compiled;
        return compiled is not null
            ? new ValueTask<RiskAssessment>(Assess(compiled, request))
            : LoadAndAssessAsync(request, cancellationToken);
    }

    private async ValueTask<RiskAssessment> LoadAndAssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken)
    {
        if (_contentSource is null)
        {
            throw new InvalidOperationException("The lexicon risk detector has no IContentSource to read lexicons from: register a content source (for example the YAML content package) or create the detector with LexiconRiskDetector.Create(lexicons).");
        }

        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_compiled is null)
            {
                var pack = await _contentSource.GetPackAsync(cancellationToken).ConfigureAwait(false);
                if (pack.Lexicons.Count == 0)
                {
                    throw new InvalidOperationException("The content pack has no lexicons (lexicons/<locale>.yaml): the lexicon risk detector cannot screen messages.");
                }

                _compiled = CompiledLexicon.Build(pack.Lexicons.Values);
                LogCompiled(_logger, pack.Lexicons.Count, _compiled.Automaton.StateCount);
            }
        }
        finally
        {
            _loading.Release();
        }

        return Assess(_compiled, request);
    }

    private RiskAssessment Assess(CompiledLexicon compiled, RiskScreeningRequest request)
    {
        var message = Screen(compiled, request.Text, collectEvidence: true);
        if (request.History.Count == 0 || message.Level >= RiskLevel.High)
        {
            return message.Level == RiskLevel.None && message.Score == 0 ? NoneResult : message;
        }

        return WithHistory(compiled, request, message);
    }

    private static readonly RiskAssessment NoneResult = new() { Detector = "lexicon" };

    /// <summary>
    /// The conversation rule: three or more messages at Low or above among the recent ones (this one included) make at
    /// least Moderate; when two of them are at Moderate or above, High. History only ever raises the level.
    /// </summary>
    private RiskAssessment WithHistory(CompiledLexicon compiled, RiskScreeningRequest request, RiskAssessment message)
    {
        if (message.Level == RiskLevel.None)
        {
            return message.Score == 0 ? NoneResult : message;
        }

        var distressed = 1;
        var serious = message.Level >= RiskLevel.Moderate ? 1 : 0;
        var categories = new List<RiskCategory>(message.Categories);
        foreach (var previous in request.History)
        {
            var past = Screen(compiled, previous, collectEvidence: false);
            if (past.Level >= RiskLevel.Low)
            {
                distressed++;
                serious += past.Level >= RiskLevel.Moderate ? 1 : 0;
                categories.AddRange(past.Categories);
            }
        }

        var raised = distressed >= 3 ? (serious >= 2 ? RiskLevel.High : RiskLevel.Moderate) : message.Level;
        if (raised <= message.Level)
        {
            return message;
        }

        var category = categories.Count > 0 ? categories[0] : RiskCategory.SuicidalIdeation;
        var evidence = new List<RiskEvidence>(message.Evidence)
        {
            new(0, 0, "", "conversation.sustained-distress", category, raised, Name),
        };
        return message with
        {
            Level = raised,
            Score = Math.Max(message.Score, ScoreOf(raised, 0)),
            Categories = message.Categories.Count > 0 ? message.Categories : [category],
            Evidence = evidence,
        };
    }

    private RiskAssessment Screen(CompiledLexicon compiled, string text, bool collectEvidence)
    {
        var scratch = MatcherScratch.Current;
        var normalized = scratch.Text;
        TextNormalizer.Normalize(text, normalized);
        scratch.HitCount = 0;
        var sink = new BoundarySink(compiled, scratch);
        var chars = normalized.Chars.AsSpan(0, normalized.Length);
        compiled.Automaton.Scan(chars, ref sink);
        if (compiled.HasFuzzy)
        {
            FindMisspellings(compiled, scratch, text);
        }

        if (scratch.HitCount == 0)
        {
            return NoneResult;
        }

        return Evaluate(compiled, scratch, text, collectEvidence);
    }

    private static void FindMisspellings(CompiledLexicon compiled, MatcherScratch scratch, string original)
    {
        string? language = null; // identified only when a misspelling is found: a misspelling match belongs to its language
        var text = scratch.Text;
        var words = text.LongWords;
        for (var w = 0; w < text.LongWordCount; w++)
        {
            var start = words[2 * w];
            var end = words[(2 * w) + 1];
            if (compiled.TryFuzzy(text.Chars.AsSpan(start, end - start + 1), out var entry) && !HasHit(scratch, entry, start, end)
                && compiled.Entries[entry].BelongsTo(language ??= LanguageIdentifier.Identify(original)))
            {
                scratch.Add(new Hit(entry, start, end));
            }
        }
    }

    private static bool HasHit(MatcherScratch scratch, int entry, int start, int end)
    {
        for (var h = 0; h < scratch.HitCount; h++)
        {
            var hit = scratch.Hits[h];
            if (hit.Entry == entry && hit.Start == start && hit.End == end)
            {
                return true;
            }
        }

        return false;
    }

    private RiskAssessment Evaluate(CompiledLexicon compiled, MatcherScratch scratch, string text, bool collectEvidence)
    {
        var entries = compiled.Entries;
        var hits = scratch.Hits;
        if (!HasCrisisHit(entries, hits, scratch.HitCount))
        {
            // Only cues ("not", "he", "used to") matched: nothing to cancel or lower, and word numbers are not needed.
            return NoneResult;
        }

        // Word and clause numbers, and later the offsets, are only read at matches: compute them up to the last one.
        var last = 0;
        for (var h = 0; h < scratch.HitCount; h++)
        {
            last = Math.Max(last, hits[h].End);
        }

        scratch.Text.ComputePositions(last);
        var effective = scratch.Effective;
        var tokens = scratch.Text.Tokens;
        var clauses = scratch.Text.Clauses;
        var count = scratch.HitCount;
        var level = RiskLevel.None;
        var cancelled = 0;
        string? language = null;

        for (var h = 0; h < count; h++)
        {
            var hit = hits[h];
            var entry = entries[hit.Entry];
            effective[h] = RiskLevel.None;
            if (entry.Kind != CueKind.Crisis)
            {
                continue;
            }

            var value = entry.Level;
            if (entry.Open && !entry.BelongsTo(language ??= LanguageIdentifier.Identify(text)))
            {
                effective[h] = RiskLevel.None; // an open (suicid*) match inside a word of another language
                continue;
            }

            var clause = clauses[hit.Start];
            for (var c = 0; c < count && value > RiskLevel.None; c++)
            {
                var cue = hits[c];
                var kind = entries[cue.Entry].Kind;
                if (kind == CueKind.Crisis || clauses[cue.Start] != clause)
                {
                    continue;
                }

                switch (kind)
                {
                    case CueKind.Benign when Cancels(cue, hit):
                        value = RiskLevel.None;
                        break;
                    case CueKind.Negation when Before(cue, hit) && tokens[hit.Start] - tokens[cue.End] <= NegationWindow && !InsideCrisis(entries, hits, count, cue):
                        value = RiskLevel.None;
                        break;
                    case CueKind.Past when Near(cue, hit, scratch.Text):
                    case CueKind.ThirdParty when entry.Category is RiskCategory.SuicidalIdeation or RiskCategory.SelfHarm
                        && Before(cue, hit) && tokens[hit.Start] - tokens[cue.End] <= ContextWindow:
                        value = value > RiskLevel.Low ? RiskLevel.Low : value;
                        break;
                }
            }

            effective[h] = value;
            if (value == RiskLevel.None)
            {
                cancelled++;
            }

            level = value > level ? value : level;
        }

        if (level == RiskLevel.None)
        {
            return cancelled > 0 ? CancelledResult : NoneResult;
        }

        // Several different distress phrases add up: Low weighs 1, Moderate 2 (repeats and phrases inside a longer
        // match count once). A sum of 2 makes Moderate, a sum of HighWeight makes High. Explicit crisis phrases stand alone.
        var weight = 0;
        var distinctRules = 0;
        for (var h = 0; h < count; h++)
        {
            if (effective[h] == RiskLevel.None || IsRepeatOrInside(hits, effective, count, h))
            {
                continue;
            }

            distinctRules++;
            weight += effective[h] switch
            {
                RiskLevel.Low => 1,
                RiskLevel.Moderate => 2,
                _ => 0,
            };
        }

        if (level < RiskLevel.High && weight >= HighWeight)
        {
            level = RiskLevel.High;
        }
        else if (level < RiskLevel.Moderate && weight >= 2)
        {
            level = RiskLevel.Moderate;
        }

        var score = ScoreOf(level, distinctRules);
        if (!collectEvidence)
        {
            return new RiskAssessment { Level = level, Score = score, Detector = Name, Categories = Categories(entries, hits, effective, count) };
        }

        var evidence = new List<RiskEvidence>();
        var original = scratch.Text;
        // The screening pass folds without recording offsets; only evidence needs them.
        TextNormalizer.ComputeOffsets(text, original, last);

        for (var h = 0; h < count; h++)
        {
            if (effective[h] == RiskLevel.None || IsInsideKept(hits, effective, count, h))
            {
                continue;
            }

            var hit = hits[h];
            var entry = entries[hit.Entry];
            var start = original.Starts[hit.Start];
            var end = original.Ends[hit.End];
            evidence.Add(new RiskEvidence(start, end - start, text[start..end], entry.RuleId, entry.Category, effective[h], Name));
        }

        evidence.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return new RiskAssessment
        {
            Level = level,
            Score = score,
            Categories = Categories(entries, hits, effective, count),
            Evidence = evidence,
            Detector = Name,
        };
    }

    private static bool HasCrisisHit(LexiconEntry[] entries, Hit[] hits, int count)
    {
        for (var h = 0; h < count; h++)
        {
            if (entries[hits[h].Entry].Kind == CueKind.Crisis)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly RiskAssessment CancelledResult = new() { Detector = "lexicon", Score = 0.05 };

    /// <summary>True when hit <paramref name="h"/> repeats an earlier kept hit's phrase, or lies inside another kept hit.</summary>
    private static bool IsRepeatOrInside(Hit[] hits, RiskLevel[] effective, int count, int h)
    {
        var hit = hits[h];
        for (var p = 0; p < count; p++)
        {
            if (p == h || effective[p] == RiskLevel.None)
            {
                continue;
            }

            var other = hits[p];
            if ((p < h && other.Entry == hit.Entry)
                || (other.Start <= hit.Start && other.End >= hit.End && other.End - other.Start > hit.End - hit.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a longer kept hit at the same or higher level contains hit <paramref name="h"/> (its evidence adds nothing).</summary>
    private static bool IsInsideKept(Hit[] hits, RiskLevel[] effective, int count, int h)
    {
        var hit = hits[h];
        for (var p = 0; p < count; p++)
        {
            var other = hits[p];
            if (p != h && effective[p] >= effective[h] && other.Start <= hit.Start && other.End >= hit.End
                && (other.End - other.Start > hit.End - hit.Start || p < h))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A benign idiom cancels a crisis match it covers, or that it completes ("they beat me" + "beat me to it").</summary>
    private static bool Cancels(Hit benign, Hit hit) =>
        (benign.Start <= hit.Start && benign.End >= hit.End)
        || (benign.Start > hit.Start && benign.Start <= hit.End && benign.End > hit.End);

    /// <summary>
    /// True when a crisis phrase contains the negation cue: the cue is part of a crisis construction ("why shouldn't I",
    /// "trying not to", "don't want to live") and negates nothing.
    /// </summary>
    private static bool InsideCrisis(LexiconEntry[] entries, Hit[] hits, int count, Hit cue)
    {
        for (var h = 0; h < count; h++)
        {
            var hit = hits[h];
            if (entries[hit.Entry].Kind == CueKind.Crisis && hit.Start <= cue.Start && hit.End >= cue.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Before(Hit cue, Hit hit) => cue.End < hit.Start;

    private static bool Near(Hit cue, Hit hit, NormalizedText text) =>
        Before(cue, hit) ? text.Tokens[hit.Start] - text.Tokens[cue.End] <= ContextWindow
        : cue.Start > hit.End && text.Tokens[cue.Start] - text.Tokens[hit.End] <= ContextWindow;

    private static List<RiskCategory> Categories(LexiconEntry[] entries, Hit[] hits, RiskLevel[] effective, int count)
    {
        var categories = new List<RiskCategory>(2);
        for (var level = RiskLevel.Imminent; level > RiskLevel.None; level--)
        {
            for (var h = 0; h < count; h++)
            {
                if (effective[h] == level && !categories.Contains(entries[hits[h].Entry].Category))
                {
                    categories.Add(entries[hits[h].Entry].Category);
                }
            }
        }

        return categories;
    }

    /// <summary>The score: a band per level (so a score threshold agrees with a level threshold), nudged up by how many rules agree.</summary>
    private static double ScoreOf(RiskLevel level, int distinctRules)
    {
        var (band, width) = level switch
        {
            RiskLevel.Imminent => (0.9, 0.1),
            RiskLevel.High => (0.75, 0.15),
            RiskLevel.Moderate => (0.5, 0.25),
            RiskLevel.Low => (0.25, 0.25),
            _ => (0.0, 0.0),
        };
        var bonus = width * (1 - (1.0 / (1 + Math.Max(0, distinctRules - 1))));
        return Math.Min(1.0, band + (bonus * 0.9));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lexicon risk detector compiled {LexiconCount} lexicon(s) into {StateCount} automaton states.")]
    private static partial void LogCompiled(ILogger logger, int lexiconCount, int stateCount);
}
