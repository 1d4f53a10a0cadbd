using System.Globalization;
using System.Security;
using System.Text;

namespace WellbeingKit.Cli.Reports;

/// <summary>
/// SVG charts for evaluation and outcome reports: line charts (ROC, PR curves), a labelled count matrix (confusion
/// matrix) and bar charts (per-label scores). Written as plain SVG text, so the tool needs no drawing library and no
/// native code (issue 18: the ScottPlot/SkiaSharp PNG path made the tool package 111 MB). Every chart has the same
/// size and style, so reports look alike; a Markdown viewer shows them like PNGs.
/// </summary>
internal static class Charts
{
    /// <summary>The width of every chart, in pixels.</summary>
    public const int Width = 640;

    /// <summary>The height of every chart, in pixels.</summary>
    public const int Height = 480;

    /// <summary>The file extension of the charts (with the dot).</summary>
    public const string Extension = ".svg";

    private const string Accent = "#2f6f73";
    private const string Highlight = "#d9480f";
    private static readonly string[] Palette = [Accent, "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Saves a line chart; with <paramref name="unitSquare"/>, both axes span 0..1 (ROC, PR).</summary>
    /// <param name="path">The SVG file.</param>
    /// <param name="title">The title.</param>
    /// <param name="xLabel">The x axis label.</param>
    /// <param name="yLabel">The y axis label.</param>
    /// <param name="series">The lines.</param>
    /// <param name="unitSquare">True to fix both axes to 0..1.</param>
    /// <param name="diagonal">True to draw the chance diagonal (ROC).</param>
    public static void SaveLines(string path, string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series, bool unitSquare = true, bool diagonal = false)
    {
        var xs = series.SelectMany(s => s.X).DefaultIfEmpty(0).ToArray();
        var ys = series.SelectMany(s => s.Y).Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        var area = new PlotArea(Width, Height, unitSquare ? (0, 1) : Range(xs), unitSquare ? (0, 1.02) : Range(ys));
        var svg = new SvgText(Width, Height, title);
        area.DrawAxes(svg, xLabel, yLabel, Ticks(area.X), Ticks(area.Y));
        var legend = new List<(string Name, string Colour, bool Dashed)>();
        if (diagonal)
        {
            svg.Line(area.Px(0), area.Py(0), area.Px(1), area.Py(1), "#888888", 1, dashed: true);
            legend.Add(("chance", "#888888", true));
        }

        for (var i = 0; i < series.Count; i++)
        {
            var colour = Palette[i % Palette.Length];
            var points = series[i].X.Zip(series[i].Y).Where(p => double.IsFinite(p.First) && double.IsFinite(p.Second))
                .Select(p => $"{F(area.Px(p.First))},{F(area.Py(p.Second))}");
            svg.Raw($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"/>");
            legend.Add((series[i].Name, colour, false));
        }

        svg.Legend(area.Right - 10, area.Bottom - 10, legend);
        svg.Save(path);
    }

    /// <summary>Saves a matrix of counts as coloured cells with the count written in each (a confusion matrix).</summary>
    /// <param name="path">The SVG file.</param>
    /// <param name="title">The title.</param>
    /// <param name="rowLabels">The row labels, top to bottom (for example the actual class).</param>
    /// <param name="columnLabels">The column labels, left to right (for example the predicted class).</param>
    /// <param name="counts">The counts, [row, column].</param>
    /// <param name="rowAxis">The row axis title.</param>
    /// <param name="columnAxis">The column axis title.</param>
    public static void SaveMatrix(string path, string title, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, int[,] counts, string rowAxis, string columnAxis)
    {
        var rows = rowLabels.Count;
        var columns = columnLabels.Count;
        var max = Math.Max(1, counts.Cast<int>().Max());
        var area = new PlotArea(Width, Height, (0, columns), (0, rows), left: 130);
        var svg = new SvgText(Width, Height, title);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var share = (double)counts[r, c] / max;
                double x0 = area.Px(c), x1 = area.Px(c + 1), y0 = area.Py(rows - r), y1 = area.Py(rows - r - 1);
                svg.Raw($"<rect x=\"{F(x0)}\" y=\"{F(y0)}\" width=\"{F(x1 - x0)}\" height=\"{F(y1 - y0)}\" fill=\"{Accent}\" fill-opacity=\"{F(0.1 + (0.8 * share))}\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
                svg.Text((x0 + x1) / 2, ((y0 + y1) / 2) + 8, counts[r, c].ToString(C), 22, "middle", share > 0.5 ? "#ffffff" : "#000000", bold: true);
            }
        }

        for (var c = 0; c < columns; c++)
        {
            svg.Text(area.Px(c + 0.5), area.Bottom + 20, columnLabels[c], 13, "middle");
        }

        for (var r = 0; r < rows; r++)
        {
            svg.Text(area.Left - 8, area.Py(rows - r - 0.5) + 4, rowLabels[r], 13, "end");
        }

        svg.Text((area.Left + area.Right) / 2, Height - 12, columnAxis, 14, "middle");
        svg.Text(16, (area.Top + area.Bottom) / 2, rowAxis, 14, "middle", rotate: true);
        svg.Save(path);
    }

    /// <summary>Saves a bar chart, one bar per label (for example the mean score change per questionnaire).</summary>
    /// <param name="path">The SVG file.</param>
    /// <param name="title">The title.</param>
    /// <param name="labels">The bar labels.</param>
    /// <param name="values">The values (negative values go below the zero line).</param>
    /// <param name="valueLabel">The value axis label.</param>
    /// <param name="width">The chart width in pixels (many labels need more room).</param>
    public static void SaveBars(string path, string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, string valueLabel, int width = Width)
    {
        var rotate = labels.Count > 8;
        var (low, high) = Range(values.Append(0).ToArray());
        var area = new PlotArea(width, Height, (0, labels.Count), (low, high), bottom: rotate ? 140 : 60);
        var svg = new SvgText(width, Height, title);
        area.DrawAxes(svg, "", valueLabel, [], Ticks(area.Y));
        var zero = area.Py(0);
        for (var i = 0; i < labels.Count; i++)
        {
            double x0 = area.Px(i + 0.15), x1 = area.Px(i + 0.85), y = area.Py(values[i]);
            svg.Raw($"<rect x=\"{F(x0)}\" y=\"{F(Math.Min(y, zero))}\" width=\"{F(x1 - x0)}\" height=\"{F(Math.Abs(zero - y))}\" fill=\"{Accent}\"/>");
            var cx = area.Px(i + 0.5);
            if (rotate)
            {
                svg.Raw($"<text x=\"{F(cx)}\" y=\"{F(area.Bottom + 14)}\" font-size=\"12\" text-anchor=\"start\" transform=\"rotate(45 {F(cx)} {F(area.Bottom + 14)})\">{SecurityElement.Escape(labels[i])}</text>");
            }
            else
            {
                svg.Text(cx, area.Bottom + 18, labels[i], 12, "middle");
            }
        }

        svg.Line(area.Left, zero, area.Right, zero, "#000000", 1);
        svg.Save(path);
    }

    /// <summary>Saves horizontal bars, one per label, best at the top, with a vertical reference line (per-label F1 and the macro F1).</summary>
    /// <param name="path">The SVG file.</param>
    /// <param name="title">The title.</param>
    /// <param name="labels">The bar labels, in the order to draw from the top.</param>
    /// <param name="values">The values, 0..1.</param>
    /// <param name="valueLabel">The value axis label.</param>
    /// <param name="reference">The reference value drawn as a vertical line.</param>
    /// <param name="referenceLabel">The legend text of the reference line.</param>
    public static void SaveHorizontalBars(string path, string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, string valueLabel, double reference, string referenceLabel)
    {
        const int size = 900;
        var n = labels.Count;
        var area = new PlotArea(size, size, (0, 1), (0, n), left: 130);
        var svg = new SvgText(size, size, title);
        area.DrawAxes(svg, valueLabel, "", Ticks(area.X), []);
        for (var i = 0; i < n; i++)
        {
            double y0 = area.Py(n - i - 0.15), y1 = area.Py(n - i - 0.85);
            svg.Raw($"<rect x=\"{F(area.Left)}\" y=\"{F(y1)}\" width=\"{F(area.Px(Math.Clamp(values[i], 0, 1)) - area.Left)}\" height=\"{F(y0 - y1)}\" fill=\"#4682b4\"/>");
            svg.Text(area.Left - 6, ((y0 + y1) / 2) + 4, labels[i], 12, "end");
        }

        svg.Line(area.Px(reference), area.Top, area.Px(reference), area.Bottom, Highlight, 2);
        svg.Legend(area.Right - 10, area.Bottom - 10, [(referenceLabel, Highlight, false)]);
        svg.Save(path);
    }

    private static (double Low, double High) Range(double[] values)
    {
        var low = values.Min();
        var high = values.Max();
        if (high - low < 1e-9)
        {
            (low, high) = (low - 1, high + 1);
        }

        var pad = (high - low) * 0.05;
        return (low < 0 ? low - pad : low, high + pad);
    }

    // About six round ticks (1, 2 or 5 times a power of ten) across a range.
    private static double[] Ticks((double Low, double High) range)
    {
        var raw = (range.High - range.Low) / 6;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var first = Math.Ceiling(range.Low / step) * step;
        var ticks = new List<double>();
        for (var t = first; t <= range.High + (step * 1e-9); t += step)
        {
            ticks.Add(Math.Round(t / step) * step);
        }

        return [.. ticks];
    }

    private static string F(double value) => value.ToString("0.##", C);

    /// <summary>Maps data coordinates to pixels inside the chart's margins.</summary>
    private sealed class PlotArea
    {
        public PlotArea(int width, int height, (double Low, double High) x, (double Low, double High) y, int left = 70, int bottom = 60)
        {
            X = x;
            Y = y;
            Left = left;
            Right = width - 20;
            Top = 45;
            Bottom = height - bottom;
        }

        public (double Low, double High) X { get; }

        public (double Low, double High) Y { get; }

        public double Left { get; }

        public double Right { get; }

        public double Top { get; }

        public double Bottom { get; }

        public double Px(double value) => Left + ((value - X.Low) / (X.High - X.Low) * (Right - Left));

        public double Py(double value) => Bottom - ((value - Y.Low) / (Y.High - Y.Low) * (Bottom - Top));

        public void DrawAxes(SvgText svg, string xLabel, string yLabel, double[] xTicks, double[] yTicks)
        {
            svg.Raw($"<rect x=\"{F(Left)}\" y=\"{F(Top)}\" width=\"{F(Right - Left)}\" height=\"{F(Bottom - Top)}\" fill=\"none\" stroke=\"#000000\"/>");
            foreach (var t in xTicks)
            {
                svg.Line(Px(t), Bottom, Px(t), Top, "#e6e6e6", 1);
                svg.Text(Px(t), Bottom + 16, t.ToString("0.###", C), 12, "middle");
            }

            foreach (var t in yTicks)
            {
                svg.Line(Left, Py(t), Right, Py(t), "#e6e6e6", 1);
                svg.Text(Left - 6, Py(t) + 4, t.ToString("0.###", C), 12, "end");
            }

            if (xLabel.Length > 0)
            {
                svg.Text((Left + Right) / 2, Bottom + 38, xLabel, 14, "middle");
            }

            if (yLabel.Length > 0)
            {
                svg.Text(18, (Top + Bottom) / 2, yLabel, 14, "middle", rotate: true);
            }
        }
    }

    /// <summary>An SVG document being written.</summary>
    private sealed class SvgText
    {
        private readonly StringBuilder _svg = new();

        public SvgText(int width, int height, string title)
        {
            _svg.Append(C, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n");
            _svg.Append(C, $"<title>{SecurityElement.Escape(title)}</title>\n");
            _svg.Append(C, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
            Text(width / 2.0, 28, title, 16, "middle", bold: true);
        }

        public void Raw(string element) => _svg.Append(element).Append('\n');

        public void Line(double x1, double y1, double x2, double y2, string colour, double width, bool dashed = false) =>
            Raw($"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke=\"{colour}\" stroke-width=\"{F(width)}\"{(dashed ? " stroke-dasharray=\"6 4\"" : "")}/>");

        public void Text(double x, double y, string text, int size, string anchor, string colour = "#000000", bool bold = false, bool rotate = false) =>
            Raw($"<text x=\"{F(x)}\" y=\"{F(y)}\" font-size=\"{size}\" text-anchor=\"{anchor}\" fill=\"{colour}\"{(bold ? " font-weight=\"bold\"" : "")}{(rotate ? $" transform=\"rotate(-90 {F(x)} {F(y)})\"" : "")}>{SecurityElement.Escape(text)}</text>");

        // A legend box anchored at its lower-right corner.
        public void Legend(double right, double bottom, IReadOnlyList<(string Name, string Colour, bool Dashed)> entries)
        {
            if (entries.Count == 0)
            {
                return;
            }

            var width = 40 + (entries.Max(e => e.Name.Length) * 7.5);
            var height = 10 + (entries.Count * 20);
            double left = right - width, top = bottom - height;
            Raw($"<rect x=\"{F(left)}\" y=\"{F(top)}\" width=\"{F(width)}\" height=\"{F(height)}\" fill=\"#ffffff\" stroke=\"#999999\"/>");
            for (var i = 0; i < entries.Count; i++)
            {
                var y = top + 15 + (i * 20);
                Line(left + 8, y, left + 30, y, entries[i].Colour, 2, entries[i].Dashed);
                Text(left + 36, y + 4, entries[i].Name, 12, "start");
            }
        }

        public void Save(string path)
        {
            _svg.Append("</svg>\n");
            File.WriteAllText(path, _svg.ToString());
        }
    }
}
