using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace WellbeingKit.Samples.HR;

/// <summary>The HR sample's HTML pages: the dashboard (a chart and a table of the last weekly snapshot) and what each party sees.</summary>
internal static class HrPages
{
    public const string WhoSeesWhat = """
        <h2>Who sees what</h2>
        <ul>
          <li><strong>Your manager</strong> sees only this page for their own teams: one weekly figure per team of at least k people who checked in. Never your name, your messages, your mood, whether you checked in, or whether you asked for help.</li>
          <li><strong>HR</strong> sees the same figures for every team, and nothing more.</li>
          <li><strong>The Employee Assistance Programme (EAP)</strong>, an independent and confidential service, sees a referral when you ask for one or when the kit offers you a person: its reference, when, and how worried the kit was (a level, never your words). Nobody at your employer sees referrals.</li>
          <li><strong>You</strong> can download everything kept about you, referrals included (<code>GET /hr/my-data</code>), and erase your conversation and moods (<code>DELETE /wellbeing/data</code>).</li>
          <li>The database holds a keyed pseudonym instead of your employee id: someone who copies it cannot tell whose rows they are.</li>
        </ul>
        """;

    public static string Dashboard(DashboardSnapshot? snapshot, IReadOnlySet<string>? visibleTeams, int k, double? epsilon)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Team wellbeing</title>
            <style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d2b2c}
            table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border-bottom:1px solid #cfd8d8;padding:.4rem;text-align:left}
            .note{color:#4a5a5b;font-size:.95rem}svg text{font-size:12px;fill:#1d2b2c}</style></head><body>
            <h1>Team wellbeing</h1>
            """);
        if (snapshot is null)
        {
            html.Append("<p>No snapshot has been published yet. Figures are published once a week, never live.</p>");
        }
        else
        {
            var rows = snapshot.Teams.Where(t => visibleTeams is null || visibleTeams.Contains(t.Team)).ToList();
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Week {snapshot.PeriodStart:yyyy-MM-dd} to {snapshot.PeriodEnd:yyyy-MM-dd}, published {snapshot.PublishedAt:yyyy-MM-dd HH:mm} UTC.</p>");
            if (rows.Count == 0)
            {
                html.Append("<p>None of your teams had enough people check in to be shown this week.</p>");
            }
            else
            {
                html.Append(Chart(rows));
                html.Append("<table><thead><tr><th>Team</th><th>People who checked in</th><th>Average mood (1-5)</th><th>Share at 1-2</th><th></th></tr></thead><tbody>");
                foreach (var row in rows)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(row.Team)}</td><td>{row.People}</td><td>{row.AverageMood:0.0}</td><td>{(row.LowShare is { } s ? s.ToString("P0", CultureInfo.InvariantCulture) : "not shown")}</td><td>{(row.CarriedOver ? "last figures (too few people changed)" : "")}</td></tr>");
                }

                html.Append("</tbody></table>");
            }
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            <p class="note">A team is listed only when at least {k} people checked in that week; the share at 1-2 only when at least {k} people are at 1-2 and at least {k} are not.
            There is no company total. When a team changed by fewer than {k} people since its last figures, those figures are shown again.
            {(epsilon is { } e ? $"Figures carry Laplace noise (epsilon {e.ToString(CultureInfo.InvariantCulture)} per team per week)." : "")}</p>
            {WhoSeesWhat}
            </body></html>
            """);
        return html.ToString();
    }

    public static string Privacy() => $$"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Your privacy</title>
        <style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}</style></head><body>
        <h1>Your privacy</h1>{{WhoSeesWhat}}</body></html>
        """;

    private static string Chart(IReadOnlyList<TeamRow> rows)
    {
        const int barHeight = 22;
        const int width = 480;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-label=\"Average mood per team\" width=\"{width + 160}\" height=\"{(rows.Count * (barHeight + 8)) + 10}\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = 5 + (i * (barHeight + 8));
            var length = (int)(rows[i].AverageMood / 5 * width);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\">{Encode(rows[i].Team)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"120\" y=\"{y}\" width=\"{length}\" height=\"{barHeight}\" fill=\"#2f6f73\"><title>{rows[i].AverageMood:0.0}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{125 + length}\" y=\"{y + 15}\">{rows[i].AverageMood:0.0}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
