using WellbeingKit.Risk;

namespace WellbeingKit.Evaluation;

/// <summary>How <see cref="RiskEvaluator.EvaluateAsync"/> runs a detector and counts its answers.</summary>
public sealed record RiskEvaluationOptions
{
    /// <summary>The level from which a message counts as predicted crisis; <see cref="RiskLevel.Moderate"/> by default. The metrics at every level are in <see cref="RiskEvaluationResult.ByThreshold"/> too.</summary>
    public RiskLevel Threshold { get; init; } = RiskLevel.Moderate;

    /// <summary>The locale passed to the detector; null (unknown: a detector tries every locale it knows) by default.</summary>
    public string? Locale { get; init; }

    /// <summary>A column holding each row's locale, passed to the detector instead of <see cref="Locale"/> (as a chat passes the user's locale); an empty field falls back to <see cref="Locale"/>.</summary>
    public string? LocaleColumn { get; init; }

    /// <summary>
    /// A column holding each row's earlier user messages, oldest first, separated by <c> | </c>: passed to the detector as
    /// <see cref="RiskScreeningRequest.History"/>, so conversation rules are measured (an empty field: no history).
    /// </summary>
    public string? HistoryColumn { get; init; }

    /// <summary>Columns to group the metrics by (language, kind, source...): the same metrics per value, in <see cref="RiskEvaluationResult.Groups"/>.</summary>
    public IReadOnlyList<string> GroupBy { get; init; } = [];
}
