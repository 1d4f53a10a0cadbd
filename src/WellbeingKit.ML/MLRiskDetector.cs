using Microsoft.Extensions.Options;
using WellbeingKit.ML.Training;
using WellbeingKit.Risk;

namespace WellbeingKit.ML;

/// <summary>
/// The ML crisis detector (name <c>ml</c>): a logistic-regression crisis head over word and character n-grams
/// (en, es, fr, ar), with one-vs-rest category heads. A long message is screened sentence by sentence and the
/// highest-scoring sentence is the evidence. The model loads when the detector is first resolved; screening is thread-safe.
/// </summary>
internal sealed class MLRiskDetector : IRiskDetector
{
    /// <summary>The rule id of the detector's evidence.</summary>
    public const string RuleId = "ml.risk";

    private readonly Lazy<ModelRunner> _model;
    private readonly ISet<string> _fullStrength;

    /// <summary>Creates the detector and starts loading the model in the background (screening waits for it).</summary>
    /// <param name="options">Where the model file is (null: the shipped model).</param>
    public MLRiskDetector(IOptions<MLClassifierOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _model = ModelRunner.CreateLazy(options.Value.RiskModelPath, "risk.zip", "risk");
        _fullStrength = options.Value.FullStrengthLanguages;

        // Start loading in the background as soon as the detector exists, so the first screened message does not
        // wait for it; a load failure surfaces (and escalates) on the first screening.
        _ = Task.Run(() => _model.IsValueCreated || _model.Value is not null);
    }

    /// <summary>True once the model is loaded.</summary>
    internal bool IsLoaded => _model.IsValueCreated;

    /// <inheritdoc />
    public string Name => "ml";

    /// <inheritdoc />
    public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return ValueTask.FromResult(new RiskAssessment { Detector = Name });
        }

        var model = _model.Value;
        var text = request.Text;
        var best = (Segment: default(TextSegment), Probabilities: Array.Empty<float>());
        foreach (var segment in TextSegments.ForScreening(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var probabilities = model.Predict(text.AsSpan(segment.Start, segment.Length));
            if (best.Probabilities.Length == 0 || probabilities[0] > best.Probabilities[0])
            {
                best = (segment, probabilities);
            }
        }

        var assessment = Interpret(model.Metadata, best.Probabilities, text, best.Segment, Name);
        return ValueTask.FromResult(IsFullStrength(request) ? assessment : CapAtLow(assessment));
    }

    /// <summary>True when the message's language is one the model has enough everyday text for.</summary>
    private bool IsFullStrength(RiskScreeningRequest request) => ModelLanguages.Covers(_fullStrength, request.Locale, request.Text);

    private static RiskAssessment CapAtLow(RiskAssessment assessment) => assessment.Level <= RiskLevel.Low
        ? assessment
        : assessment with
        {
            Level = RiskLevel.Low,
            Evidence = assessment.Evidence.Select(e => e with { Level = RiskLevel.Low }).ToList(),
        };

    /// <summary>Turns the model's probabilities into an assessment.</summary>
    /// <param name="metadata">The thresholds and category names.</param>
    /// <param name="probabilities">The crisis probability followed by the category probabilities.</param>
    /// <param name="text">The screened text.</param>
    /// <param name="segment">The span the probabilities belong to (the evidence span).</param>
    /// <param name="detector">The detector name.</param>
    /// <returns>The assessment.</returns>
    internal static RiskAssessment Interpret(ModelMetadata metadata, float[] probabilities, string text, TextSegment segment, string detector)
    {
        var score = Math.Round(probabilities[0], 4);
        var level = probabilities[0] >= metadata.HighThreshold ? RiskLevel.High
            : probabilities[0] >= metadata.ModerateThreshold ? RiskLevel.Moderate
            : probabilities[0] >= metadata.LowThreshold ? RiskLevel.Low
            : RiskLevel.None;
        if (level == RiskLevel.None)
        {
            return new RiskAssessment { Score = score, Detector = detector };
        }

        var category = RiskCategory.SuicidalIdeation;
        var best = float.MinValue;
        for (var i = 0; i < metadata.Categories.Count && i + 1 < probabilities.Length; i++)
        {
            if (probabilities[i + 1] > best && Enum.TryParse<RiskCategory>(metadata.Categories[i], out var parsed))
            {
                best = probabilities[i + 1];
                category = parsed;
            }
        }

        return new RiskAssessment
        {
            Level = level,
            Categories = [category],
            Score = score,
            Evidence = [new RiskEvidence(segment.Start, segment.Length, text.Substring(segment.Start, segment.Length), RuleId, category, level, detector)],
            Detector = detector,
        };
    }
}
