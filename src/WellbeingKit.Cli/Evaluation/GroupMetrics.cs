namespace WellbeingKit.Cli.Evaluation;

/// <summary>The metrics of one group of rows (one value of a <c>--by</c> column).</summary>
internal sealed record GroupMetrics(string Column, string Value, BinaryMetrics Metrics);
