namespace WellbeingKit.Cli.Evaluation;

/// <summary>The result of a run.</summary>
internal sealed record RiskEvaluationResult(BinaryMetrics Metrics, double LatencyP50Micros, double LatencyP99Micros, double MessagesPerSecond)
{
    /// <summary>The metrics per group, one entry per value of each <c>--by</c> column (in column order, values ordinally).</summary>
    public IReadOnlyList<GroupMetrics> Groups { get; init; } = [];
}
