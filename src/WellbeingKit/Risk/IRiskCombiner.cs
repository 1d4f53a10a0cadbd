namespace WellbeingKit.Risk;

/// <summary>
/// Combines the assessments of every registered <see cref="IRiskDetector"/> into the one the kit acts on. The default,
/// <see cref="HighestLevelRiskCombiner"/>, takes the highest level; replace it with <c>builder.UseRiskCombiner&lt;T&gt;()</c>
/// (for example to require two detectors to agree on <see cref="RiskLevel.Low"/>). Whatever it decides, the kit keeps the
/// fail-safe: a combiner that throws, or that returns less than the escalation threshold while a detector failed, escalates.
/// </summary>
public interface IRiskCombiner
{
    /// <summary>Combines <paramref name="assessments"/>, one per detector in registration order, for <paramref name="request"/>.</summary>
    /// <param name="assessments">The detectors' assessments (a failed detector's has <see cref="RiskAssessment.EscalatedOnFailure"/> set).</param>
    /// <param name="request">The message screened.</param>
    /// <returns>The assessment the kit acts on.</returns>
    RiskAssessment Combine(IReadOnlyList<RiskAssessment> assessments, RiskScreeningRequest request);
}

/// <summary>The default <see cref="IRiskCombiner"/>: the highest level and score, the categories of the detectors that found risk, all the evidence in text order.</summary>
public sealed class HighestLevelRiskCombiner : IRiskCombiner
{
    /// <summary>The one instance (it holds no state).</summary>
    public static HighestLevelRiskCombiner Instance { get; } = new();

    private HighestLevelRiskCombiner()
    {
    }

    /// <inheritdoc />
    public RiskAssessment Combine(IReadOnlyList<RiskAssessment> assessments, RiskScreeningRequest request)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        return RiskScreener.Combine(assessments, "composite");
    }
}
