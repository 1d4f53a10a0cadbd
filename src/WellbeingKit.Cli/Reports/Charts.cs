using ScottPlot;

namespace WellbeingKit.Cli.Reports;

/// <summary>
/// PNG charts for evaluation reports (ScottPlot): line charts (ROC, PR curves), a labelled count matrix (confusion
/// matrix) and a bar chart (per-label scores). Every chart has the same size and style, so reports look alike.
/// </summary>
internal static class Charts
{
    /// <summary>The width of every chart, in pixels.</summary>
    public const int Width = 640;

    /// <summary>The height of every chart, in pixels.</summary>
    public const int Height = 480;

    private static readonly Color Accent = Color.FromHex("#2f6f73");

    /// <summary>Saves a line chart; with <paramref name="unitSquare"/>, both axes span 0..1 (ROC, PR).</summary>
    /// <param name="path">The PNG file.</param>
    /// <param name="title">The title.</param>
    /// <param name="xLabel">The x axis label.</param>
    /// <param name="yLabel">The y axis label.</param>
    /// <param name="series">The lines.</param>
    /// <param name="unitSquare">True to fix both axes to 0..1.</param>
    /// <param name="diagonal">True to draw the chance diagonal (ROC).</param>
    public static void SaveLines(string path, string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series, bool unitSquare = true, bool diagonal = false)
    {
        var plot = new Plot();
        if (diagonal)
        {
            var chance = plot.Add.ScatterLine(new double[] { 0, 1 }, new double[] { 0, 1 });
            chance.Color = Colors.Gray;
            chance.LinePattern = LinePattern.Dashed;
            chance.LegendText = "chance";
        }

        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < series.Count; i++)
        {
            var line = plot.Add.ScatterLine(series[i].X, series[i].Y);
            line.Color = i == 0 ? Accent : palette.GetColor(i);
            line.LineWidth = 2;
            line.LegendText = series[i].Name;
        }

        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        if (unitSquare)
        {
            plot.Axes.SetLimits(0, 1, 0, 1.02);
        }

        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, Width, Height);
    }

    /// <summary>Saves a matrix of counts as coloured cells with the count written in each (a confusion matrix).</summary>
    /// <param name="path">The PNG file.</param>
    /// <param name="title">The title.</param>
    /// <param name="rowLabels">The row labels, top to bottom (for example the actual class).</param>
    /// <param name="columnLabels">The column labels, left to right (for example the predicted class).</param>
    /// <param name="counts">The counts, [row, column].</param>
    /// <param name="rowAxis">The row axis title.</param>
    /// <param name="columnAxis">The column axis title.</param>
    public static void SaveMatrix(string path, string title, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, int[,] counts, string rowAxis, string columnAxis)
    {
        var plot = new Plot();
        var rows = rowLabels.Count;
        var columns = columnLabels.Count;
        var max = Math.Max(1, counts.Cast<int>().Max());
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var top = rows - r;
                var cell = plot.Add.Rectangle(c, c + 1, top - 1, top);
                var share = (double)counts[r, c] / max;
                cell.FillColor = Accent.WithAlpha(0.1 + (0.8 * share));
                cell.LineColor = Colors.White;
                var text = plot.Add.Text(counts[r, c].ToString(System.Globalization.CultureInfo.InvariantCulture), c + 0.5, top - 0.5);
                text.LabelFontSize = 22;
                text.LabelBold = true;
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontColor = share > 0.5 ? Colors.White : Colors.Black;
            }
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, columns).Select(c => c + 0.5).ToArray(), [.. columnLabels]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, rows).Select(r => rows - r - 0.5).ToArray(), [.. rowLabels]);
        plot.Axes.SetLimits(0, columns, 0, rows);
        plot.Title(title);
        plot.XLabel(columnAxis);
        plot.YLabel(rowAxis);
        plot.SavePng(path, Width, Height);
    }

    /// <summary>Saves a bar chart, one bar per label (for example F1 per emotion).</summary>
    /// <param name="path">The PNG file.</param>
    /// <param name="title">The title.</param>
    /// <param name="labels">The bar labels.</param>
    /// <param name="values">The values.</param>
    /// <param name="valueLabel">The value axis label.</param>
    /// <param name="width">The chart width in pixels (many labels need more room).</param>
    public static void SaveBars(string path, string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, string valueLabel, int width = Width)
    {
        var plot = new Plot();
        var bars = plot.Add.Bars(values.ToArray());
        bars.Color = Accent;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), [.. labels]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = labels.Count > 8 ? 45 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = labels.Count > 8 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.YLabel(valueLabel);
        plot.SavePng(path, width, Height);
    }
}
