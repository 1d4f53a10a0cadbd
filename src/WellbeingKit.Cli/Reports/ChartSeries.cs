namespace WellbeingKit.Cli.Reports;

/// <summary>One line of a line chart.</summary>
/// <param name="Name">The legend text.</param>
/// <param name="X">The x values.</param>
/// <param name="Y">The y values.</param>
internal sealed record ChartSeries(string Name, double[] X, double[] Y);
