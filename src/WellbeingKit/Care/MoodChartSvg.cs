using System.Globalization;
using System.Net;
using System.Text;
using WellbeingKit.Content;

namespace WellbeingKit.Care;

/// <summary>
/// The mood chart of <see cref="CareInsights"/> as an accessible SVG: a titled image (<c>role="img"</c>, a title and a
/// description), one labelled point per week with a check-in, the line broken where a week has none, and a text
/// description of every week for screen readers. Right-to-left locales read from the right: the oldest week is on the
/// right and the scale on the right edge. Colours come from CSS (<c>currentColor</c> and the <c>wk-chart-*</c> classes).
/// </summary>
internal static class MoodChartSvg
{
    private const int Width = 560;
    private const int Height = 220;
    private const int Left = 40;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 36;

    /// <summary>The chart of <paramref name="insights"/>.</summary>
    public static string Render(CareInsights insights, ContentPack? pack)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var locale = insights.Locale;
        var rtl = insights.Direction == "rtl";
        var weeks = insights.Mood;
        var title = CareTexts.Get(pack, "care.chart.title", locale);
        var desc = CareTexts.Get(pack, "care.chart.desc", locale, new Dictionary<string, string> { ["weeks"] = weeks.Count.ToString(CultureInfo.InvariantCulture) });
        var svg = new StringBuilder();
        void Add(FormattableString text) => svg.Append(text.ToString(CultureInfo.InvariantCulture));
        Add($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"wk-chart\" role=\"img\" aria-labelledby=\"wk-chart-title wk-chart-desc\" viewBox=\"0 0 {Width} {Height}\" direction=\"{(rtl ? "rtl" : "ltr")}\" lang=\"{E(locale)}\">");
        Add($"<title id=\"wk-chart-title\">{E(title)}</title>");
        var lines = weeks.Select(w => WeekText(pack, locale, w)).ToList();
        Add($"<desc id=\"wk-chart-desc\">{E(desc)} {E(string.Join("; ", lines))}</desc>");

        var axisX = rtl ? Width - Right : Left;
        for (var mood = 1; mood <= 5; mood++)
        {
            var y = Y(mood);
            Add($"<line class=\"wk-chart-grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"currentColor\" stroke-opacity=\"0.15\"/>");
            Add($"<text class=\"wk-chart-scale\" x=\"{(rtl ? axisX + 4 : axisX - 8)}\" y=\"{y + 4:0.#}\" text-anchor=\"{(rtl ? "start" : "end")}\" font-size=\"12\" fill=\"currentColor\" aria-hidden=\"true\">{mood}</text>");
        }

        var path = new StringBuilder();
        var pen = false;
        for (var i = 0; i < weeks.Count; i++)
        {
            var x = X(i, weeks.Count, rtl);
            Add($"<text class=\"wk-chart-week\" x=\"{x:0.#}\" y=\"{Height - 12}\" text-anchor=\"middle\" font-size=\"11\" fill=\"currentColor\" aria-hidden=\"true\">{E(weeks[i].WeekStart.ToString("dd/MM", CultureInfo.InvariantCulture))}</text>");
            if (weeks[i].Average is not { } average)
            {
                pen = false;
                continue;
            }

            path.Append(CultureInfo.InvariantCulture, $"{(pen ? " L" : " M")}{x:0.#} {Y(average):0.#}");
            pen = true;
        }

        if (path.Length > 0)
        {
            Add($"<path class=\"wk-chart-line\" d=\"{path.ToString().Trim()}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
        }

        for (var i = 0; i < weeks.Count; i++)
        {
            if (weeks[i].Average is { } average)
            {
                Add($"<circle class=\"wk-chart-point\" cx=\"{X(i, weeks.Count, rtl):0.#}\" cy=\"{Y(average):0.#}\" r=\"5\" fill=\"currentColor\"><title>{E(lines[i])}</title></circle>");
            }
        }

        Add($"</svg>");
        return svg.ToString();
    }

    private static string WeekText(ContentPack? pack, string locale, MoodWeek week)
    {
        var date = week.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return week.Average is { } average
            ? CareTexts.Get(pack, "care.chart.week", locale, new Dictionary<string, string>
            {
                ["date"] = date,
                ["mood"] = average.ToString("0.0", CultureInfo.InvariantCulture),
                ["count"] = week.Entries.ToString(CultureInfo.InvariantCulture),
            })
            : CareTexts.Get(pack, "care.chart.no_week", locale, new Dictionary<string, string> { ["date"] = date });
    }

    private static double X(int index, int count, bool rtl)
    {
        var span = Width - Left - Right - 24;
        var step = count <= 1 ? 0 : span / (double)(count - 1);
        var offset = Left + 12 + (index * step);
        return rtl ? Width - offset : offset;
    }

    private static double Y(double mood) => Top + ((5 - mood) / 4 * (Height - Top - Bottom));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
