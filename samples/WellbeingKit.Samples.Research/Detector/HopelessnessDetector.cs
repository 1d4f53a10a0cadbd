using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WellbeingKit.Risk;

namespace WellbeingKit.Samples.Research;

/// <summary>
/// A researcher's toy detector: it looks for a few phrases of hopelessness and of not wanting to be here.
/// It exists to show how to measure a detector of your own; it is not a screening tool, and in an app a
/// detector you add runs beside the kit's own detectors, never instead of them.
/// </summary>
public sealed class HopelessnessDetector : IRiskDetector
{
    private static readonly string[] Phrases =
    [
        "no way out",
        "can't go on",
        "cannot go on",
        "better off without me",
        "no reason to live",
        "don't want to be here anymore",
        "don't want to wake up",
        "end it all",
    ];

    private readonly ILogger<HopelessnessDetector> _logger;

    /// <summary>Creates the detector without logging (for notebooks and tests).</summary>
    public HopelessnessDetector()
        : this(NullLogger<HopelessnessDetector>.Instance)
    {
    }

    /// <summary>Creates the detector; <c>wellbeing eval risk --detector-assembly</c> passes its logger.</summary>
    /// <param name="logger">Where to log which phrase matched.</param>
    public HopelessnessDetector(ILogger<HopelessnessDetector> logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <inheritdoc />
    public string Name => "hopelessness";

    /// <inheritdoc />
    public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Text.Replace('’', '\'');
        var found = Phrases
            .Select(p => (Phrase: p, At: text.IndexOf(p, StringComparison.OrdinalIgnoreCase)))
            .Where(m => m.At >= 0)
            .ToList();
        if (found.Count == 0)
        {
            return ValueTask.FromResult(new RiskAssessment { Score = 0.05, Detector = Name });
        }

        _logger.LogDebug("matched {Phrases}", string.Join(", ", found.Select(m => m.Phrase)));
        return ValueTask.FromResult(new RiskAssessment
        {
            Level = RiskLevel.High,
            Categories = [RiskCategory.SuicidalIdeation],
            Score = Math.Min(1, 0.6 + (0.2 * found.Count)),
            Evidence = [.. found.Select(m => new RiskEvidence(m.At, m.Phrase.Length, request.Text.Substring(m.At, m.Phrase.Length), "phrase", RiskCategory.SuicidalIdeation, RiskLevel.High, Name))],
            Detector = Name,
        });
    }
}
