using System.Collections.Concurrent;

namespace WellbeingKit.Samples.HR;

/// <summary>One person's check-in, as the dashboard keeps it: a pseudonymous key, the team, the mood, the time. No text.</summary>
internal sealed record TeamCheckIn(string PersonKey, string Team, int Mood, DateTimeOffset At);

/// <summary>One row of the dashboard: a team's aggregate, or a suppressed row when the team is too small to show.</summary>
/// <param name="Team">The team.</param>
/// <param name="Suppressed">True when fewer than the minimum group size checked in: nothing about the team is shown.</param>
/// <param name="People">How many people checked in (null when suppressed).</param>
/// <param name="AverageMood">The average of each person's latest mood, 1 to 5 (null when suppressed).</param>
/// <param name="LowShare">The share of people whose latest mood is 1 or 2 (null when suppressed).</param>
internal sealed record TeamRow(string Team, bool Suppressed, int? People, double? AverageMood, double? LowShare);

/// <summary>
/// The aggregate team dashboard. It never shows a group smaller than <see cref="MinimumGroupSize"/> people (k-anonymity):
/// a smaller team's row is suppressed entirely (not even its count), each person counts once (their latest check-in), and there
/// is no company-wide total, so a suppressed team cannot be worked out by subtracting the shown ones from a total.
/// </summary>
internal sealed class TeamDashboard(TimeProvider time)
{
    /// <summary>The smallest group the dashboard shows.</summary>
    public const int MinimumGroupSize = 5;

    private readonly ConcurrentQueue<TeamCheckIn> _checkIns = new();

    public void Record(TeamCheckIn checkIn) => _checkIns.Enqueue(checkIn);

    /// <summary>The dashboard for the last <paramref name="days"/> days.</summary>
    public IReadOnlyList<TeamRow> Build(int days = 14) => Build(_checkIns, time.GetUtcNow().AddDays(-days));

    public static IReadOnlyList<TeamRow> Build(IEnumerable<TeamCheckIn> checkIns, DateTimeOffset since, int minimumGroupSize = MinimumGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGroupSize, MinimumGroupSize, nameof(minimumGroupSize));
        return [.. checkIns
            .Where(c => c.At >= since)
            .GroupBy(c => c.Team, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(team =>
            {
                var latest = team.GroupBy(c => c.PersonKey, StringComparer.Ordinal).Select(p => p.MaxBy(c => c.At)!.Mood).ToList();
                return latest.Count < minimumGroupSize
                    ? new TeamRow(team.Key, Suppressed: true, null, null, null)
                    : new TeamRow(team.Key, Suppressed: false, latest.Count, Math.Round(latest.Average(), 1), Math.Round(latest.Count(m => m <= 2) / (double)latest.Count, 2));
            })];
    }
}
