namespace WellbeingKit.Risk;

/// <summary>
/// Screens a message for crisis signals. Implement this to plug in your own detector; every registered
/// detector runs, and the composite takes the highest level.
/// </summary>
public interface IRiskDetector
{
    /// <summary>A short, stable name used in evidence and logs (for example <c>lexicon</c>, <c>ml</c>).</summary>
    string Name { get; }

    /// <summary>Screens one message.</summary>
    /// <param name="request">The message and its context.</param>
    /// <param name="cancellationToken">Cancels the screening.</param>
    /// <returns>The assessment; <see cref="RiskAssessment.None"/> when nothing was found.</returns>
    ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default);
}
