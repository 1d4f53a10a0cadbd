using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WellbeingKit.Content;

namespace WellbeingKit.Risk.Lexicon;

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
public sealed partial class LexiconRiskDetector : IBoundedRiskDetector
{
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
    public string Name => LexiconScores.Detector;

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

    /// <inheritdoc />
    bool IBoundedRiskDetector.TryAssess(RiskScreeningRequest request, [NotNullWhen(true)] out RiskAssessment? assessment)
    {
        ArgumentNullException.ThrowIfNull(request);
        var compiled = _compiled;
        assessment = compiled is null ? null : Assess(compiled, request);
        return assessment is not null;
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

    /// <summary>
    /// The level the method or means question in <paramref name="assessment"/> reaches after distress or a loss in the
    /// conversation (its lexicon patterns' <c>after_distress:</c>); None when it has none or the lexicon is not loaded.
    /// </summary>
    internal RiskLevel AfterDistressOf(RiskAssessment assessment)
    {
        var level = RiskLevel.None;
        if (_compiled is not { AfterDistress.Count: > 0 } compiled)
        {
            return level;
        }

        foreach (var evidence in assessment.Evidence)
        {
            if (evidence.Detector == LexiconScores.Detector && compiled.AfterDistress.TryGetValue(evidence.RuleId, out var raised) && raised > level)
            {
                level = raised;
            }
        }

        return level;
    }

    /// <summary>True when <paramref name="text"/> tells of a loss (the lexicons' <c>losses:</c>); false when the lexicon is not loaded.</summary>
    internal bool TellsOfLoss(string text) => _compiled is { } compiled && LexiconScreening.TellsOfLoss(compiled, text);

    private static RiskAssessment Assess(CompiledLexicon compiled, RiskScreeningRequest request)
    {
        var message = LexiconScreening.Screen(compiled, request.Text, collectEvidence: true);
        if (request.History.Count == 0 || message.Level >= RiskLevel.High)
        {
            return message;
        }

        return SustainedDistress.Apply(compiled, request, message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lexicon risk detector compiled {LexiconCount} lexicon(s) into {StateCount} automaton states.")]
    private static partial void LogCompiled(ILogger logger, int lexiconCount, int stateCount);
}
