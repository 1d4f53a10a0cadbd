using System.Diagnostics.CodeAnalysis;
using WellbeingKit.Risk;

namespace WellbeingKit.Tests.Risk;

/// <summary>A stand-in for the ML model (a kit detector) that always says the same.</summary>
internal sealed class FixedModel(RiskLevel level, RiskCategory category, bool escalated = false) : IBoundedRiskDetector
{
    public string Name => "ml";

    public RiskLevel Ceiling => RiskLevel.High;

    public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Assess());

    public bool TryAssess(RiskScreeningRequest request, [NotNullWhen(true)] out RiskAssessment? assessment)
    {
        assessment = Assess();
        return true;
    }

    private RiskAssessment Assess() => new() { Level = level, Score = 0.9, Categories = [category], Detector = Name, EscalatedOnFailure = escalated };
}
