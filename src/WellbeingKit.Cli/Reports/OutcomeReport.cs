using System.Globalization;
using System.Text;
using WellbeingKit.Care;
using WellbeingKit.Privacy;
using WellbeingKit.UserData;

namespace WellbeingKit.Cli.Reports;

/// <summary>
/// An aggregate outcome report: questionnaire change, exercise helpfulness and safety flows per week. Every cell that
/// describes fewer than <see cref="MinimumPeople"/> people is suppressed (shown as "&lt;5"), so no one can be singled out.
/// </summary>
internal sealed class OutcomeReport
{
    /// <summary>The smallest group a cell may describe (k-anonymity threshold).</summary>
    public const int MinimumPeople = 5;

    /// <summary>What a suppressed cell shows.</summary>
    public const string Suppressed = "<5";

    public required DateTimeOffset From { get; init; }

    public required DateTimeOffset To { get; init; }

    public required IReadOnlyList<ScoreChangeRow> ScoreChanges { get; init; }

    public required IReadOnlyList<HelpfulnessRow> Helpfulness { get; init; }

    public required IReadOnlyList<SafetyWeekRow> SafetyWeeks { get; init; }

    /// <summary>Reliable improvement and deterioration per questionnaire (first and last score of each user; issue 19).</summary>
    public IReadOnlyList<ReliableChangeRow> ReliableChanges { get; init; } = [];

    /// <summary>Builds the report from raw rows (user ids are used only to group and are not kept).</summary>
    public static OutcomeReport Build(
        DateTimeOffset from,
        DateTimeOffset to,
        IEnumerable<QuestionnaireScore> scores,
        IEnumerable<ExerciseFeedback> feedback,
        IEnumerable<AuditEvent> audit)
    {
        var changes = scores
            .Where(s => s.At >= from && s.At <= to)
            .GroupBy(s => s.QuestionnaireId, StringComparer.Ordinal)
            .Select(q =>
            {
                var pairs = q.GroupBy(s => s.UserId, StringComparer.Ordinal)
                    .Select(u => u.OrderBy(s => s.At).ToList())
                    .Where(u => u.Count >= 2)
                    .Select(u => (First: u[0].Score, Last: u[^1].Score))
                    .ToList();
                return pairs.Count == 0
                    ? new ScoreChangeRow(q.Key, 0, 0, 0, 0)
                    : new ScoreChangeRow(q.Key, pairs.Count, pairs.Average(p => p.First), pairs.Average(p => p.Last), pairs.Average(p => p.Last - p.First));
            })
            .OrderBy(r => r.QuestionnaireId, StringComparer.Ordinal)
            .ToList();
        var helpfulness = feedback
            .Where(f => f.At >= from && f.At <= to && f.Rating is not null)
            .GroupBy(f => f.ExerciseId, StringComparer.Ordinal)
            .Select(g => new HelpfulnessRow(g.Key, g.Select(f => f.UserId).Distinct(StringComparer.Ordinal).Count(), g.Count(), g.Average(f => f.Rating!.Value)))
            .OrderBy(r => r.ExerciseId, StringComparer.Ordinal)
            .ToList();
        var weeks = audit
            .Where(e => e.Kind == AuditEventKind.Escalation && e.At >= from && e.At <= to)
            .GroupBy(e => Week(e.At))
            .Select(g => new SafetyWeekRow(g.Key, g.Select(e => e.UserId).Distinct(StringComparer.Ordinal).Count(), g.Count()))
            .OrderBy(r => r.Week, StringComparer.Ordinal)
            .ToList();
        var reliable = ReliableChangeRates.Compute(scores, from, to);
        return new OutcomeReport { From = from, To = to, ScoreChanges = changes, Helpfulness = helpfulness, SafetyWeeks = weeks, ReliableChanges = reliable };
    }

    /// <summary>The ISO week of a time, e.g. <c>2026-W09</c>.</summary>
    public static string Week(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(at.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(at.UtcDateTime):00}");

    /// <summary>A cell: the value when it describes at least <see cref="MinimumPeople"/> people, "&lt;5" otherwise.</summary>
    public static string Cell(int people, string value) => people >= MinimumPeople ? value : Suppressed;

    /// <summary>A count with its rate, when both the group and the count describe at least <see cref="MinimumPeople"/> people (or none).</summary>
    public static string Rate(int people, int count, double rate) =>
        ReliableChangeRates.Shown(people, count, MinimumPeople) ? string.Create(CultureInfo.InvariantCulture, $"{count} ({rate:0%})") : Suppressed;

    /// <summary>The report as Markdown.</summary>
    public string ToMarkdown(IReadOnlyList<string> charts)
    {
        var md = new StringBuilder();
        void Line(FormattableString text) => md.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Line($"# Outcome report {From:yyyy-MM-dd} to {To:yyyy-MM-dd}");
        Line($"");
        Line($"Aggregates only. Every cell describing fewer than {MinimumPeople} people shows \"{Suppressed}\". Questionnaire scores describe answers, never a diagnosis.");
        Line($"");
        Line($"## Questionnaire change (users with at least 2 scores in the period; first → last)");
        Line($"");
        Line($"| questionnaire | people | mean first | mean last | mean change |");
        Line($"|---|---:|---:|---:|---:|");
        foreach (var r in ScoreChanges)
        {
            Line($"| {r.QuestionnaireId} | {Cell(r.People, r.People.ToString(CultureInfo.InvariantCulture))} | {Cell(r.People, r.MeanFirst.ToString("0.0", CultureInfo.InvariantCulture))} | {Cell(r.People, r.MeanLast.ToString("0.0", CultureInfo.InvariantCulture))} | {Cell(r.People, r.MeanDelta.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture))} |");
        }

        if (ScoreChanges.Count == 0)
        {
            Line($"| (no scores) | | | | |");
        }

        Line($"");
        Line($"For PHQ-9 and GAD-7 a negative change means fewer symptoms; for WHO-5 a positive change means better wellbeing.");
        Line($"");
        Line($"## Reliable change (first → last score; PHQ-9 6, GAD-7 4, WHO-5 10 points; see docs/care.md)");
        Line($"");
        Line($"| questionnaire | people | reliably improved | reliably deteriorated | threshold |");
        Line($"|---|---:|---:|---:|---:|");
        foreach (var r in ReliableChanges)
        {
            Line($"| {r.QuestionnaireId} | {Cell(r.People, r.People.ToString(CultureInfo.InvariantCulture))} | {Rate(r.People, r.Improved, r.ImprovedRate)} | {Rate(r.People, r.Deteriorated, r.DeterioratedRate)} | {r.Threshold} |");
        }

        if (ReliableChanges.Count == 0)
        {
            Line($"| (no scores) | | | | |");
        }

        Line($"");
        Line($"## Exercise helpfulness (ratings 1-5)");
        Line($"");
        Line($"| exercise | people | ratings | mean rating |");
        Line($"|---|---:|---:|---:|");
        foreach (var r in Helpfulness)
        {
            Line($"| {r.ExerciseId} | {Cell(r.People, r.People.ToString(CultureInfo.InvariantCulture))} | {Cell(r.People, r.Ratings.ToString(CultureInfo.InvariantCulture))} | {Cell(r.People, r.MeanRating.ToString("0.00", CultureInfo.InvariantCulture))} |");
        }

        if (Helpfulness.Count == 0)
        {
            Line($"| (no ratings) | | | |");
        }

        Line($"");
        Line($"## Safety flows per week (from the audit log)");
        Line($"");
        Line($"| week | people | safety flows |");
        Line($"|---|---:|---:|");
        foreach (var r in SafetyWeeks)
        {
            Line($"| {r.Week} | {Cell(r.People, r.People.ToString(CultureInfo.InvariantCulture))} | {Cell(r.People, r.Flows.ToString(CultureInfo.InvariantCulture))} |");
        }

        if (SafetyWeeks.Count == 0)
        {
            Line($"| (none) | | |");
        }

        if (charts.Count > 0)
        {
            Line($"");
            foreach (var chart in charts)
            {
                Line($"![{Path.GetFileNameWithoutExtension(chart)}]({Path.GetFileName(chart)})");
            }
        }

        return md.ToString();
    }

    /// <summary>Saves the charts (only unsuppressed cells) into <paramref name="directory"/>.</summary>
    /// <returns>The files written.</returns>
    public IReadOnlyList<string> SaveCharts(string directory)
    {
        var files = new List<string>();
        var changes = ScoreChanges.Where(r => r.People >= MinimumPeople).ToList();
        if (changes.Count > 0)
        {
            var path = Path.Join(directory, "questionnaire-change.svg");
            Charts.SaveBars(path, "Mean score change, first → last (groups of 5+)", changes.Select(r => r.QuestionnaireId).ToList(), changes.Select(r => r.MeanDelta).ToList(), "points");
            files.Add(path);
        }

        var helpful = Helpfulness.Where(r => r.People >= MinimumPeople).ToList();
        if (helpful.Count > 0)
        {
            var path = Path.Join(directory, "exercise-helpfulness.svg");
            Charts.SaveBars(path, "Mean exercise rating (groups of 5+)", helpful.Select(r => r.ExerciseId).ToList(), helpful.Select(r => r.MeanRating).ToList(), "rating (1-5)", helpful.Count > 8 ? 960 : Charts.Width);
            files.Add(path);
        }

        return files;
    }
}
