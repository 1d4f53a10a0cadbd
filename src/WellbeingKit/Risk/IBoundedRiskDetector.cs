using System.Diagnostics.CodeAnalysis;

namespace WellbeingKit.Risk;

/// <summary>
/// A detector whose screening, once its data is loaded, is bounded work in process: no I/O, no waits, no locks held
/// across calls (the lexicon automaton, the loaded ML models). <see cref="RiskScreener"/> runs it inline instead of on
/// the thread pool under a time-out. Implement it only when that holds: a detector that does I/O or may wait implements
/// <see cref="IRiskDetector"/> alone and keeps the thread-pool hop and the time-out.
/// </summary>
public interface IBoundedRiskDetector : IRiskDetector
{
    /// <summary>Screens <paramref name="request"/> synchronously when the detector is ready.</summary>
    /// <param name="request">The message and its history.</param>
    /// <param name="assessment">The assessment, when the detector was ready.</param>
    /// <returns>False when the detector still has to load its data (a wait): the caller then runs <see cref="IRiskDetector.AssessAsync"/> under its time-out.</returns>
    bool TryAssess(RiskScreeningRequest request, [NotNullWhen(true)] out RiskAssessment? assessment);

    /// <summary>
    /// The highest level this detector can ever report. <see cref="RiskScreener"/> does not run it for a message that
    /// an earlier detector already put at or above this level: its result could not raise the level (it could only add
    /// its own categories, score and evidence, which the screening then goes without; docs/performance.md, "Long messages").
    /// </summary>
    RiskLevel Ceiling => RiskLevel.Imminent;
}
