namespace WellbeingKit.Evaluation;

/// <summary>The metrics of one group of rows: the rows whose <paramref name="Column"/> holds <paramref name="Value"/>.</summary>
/// <param name="Column">The column grouped by (for example <c>lang</c>).</param>
/// <param name="Value">The value of the column shared by the group's rows (for example <c>es</c>).</param>
/// <param name="Metrics">The metrics of those rows at the evaluation's threshold.</param>
public sealed record GroupMetrics(string Column, string Value, BinaryMetrics Metrics);
