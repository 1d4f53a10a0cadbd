using System.Security.Cryptography;

namespace WellbeingKit.Samples.HR;

/// <summary>
/// Builds a dashboard snapshot that protects individuals:
/// <list type="bullet">
/// <item>a team with fewer than k people who checked in is not listed at all (not even its name or count);</item>
/// <item>each person counts once (their latest mood in the period);</item>
/// <item>the share of low moods is shown only when at least k people are low and at least k are not (a share of 1 in 5
/// would point at one person; 5 of 5 would tell everyone's mood);</item>
/// <item>no total across teams is ever published (complementary suppression: a total minus the listed teams would reveal a
/// hidden one);</item>
/// <item>differencing: when a team's members changed by at least one but fewer than k people since its last publication, the
/// last published figures are shown again instead of new ones, so two snapshots never differ by one person;</item>
/// <item>optionally, Laplace noise calibrated to the figure's sensitivity (count: 1; average of moods 1-5: 4/n) and epsilon.</item>
/// </list>
/// </summary>
internal static class TeamDashboard
{
    public const int Floor = 3;

    public static IReadOnlyList<PublishedTeam> Build(
        IEnumerable<TeamCheckIn> checkIns,
        IReadOnlyDictionary<string, PublishedTeam> previous,
        DashboardOptions options,
        Func<double>? uniform = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumGroupSize, Floor, nameof(options.MinimumGroupSize));
        var k = options.MinimumGroupSize;
        var result = new List<PublishedTeam>();
        foreach (var team in checkIns.GroupBy(c => c.Team, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var latest = team.GroupBy(c => c.PersonKey, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.MaxBy(c => c.At)!.Mood, StringComparer.Ordinal);
            if (latest.Count < k)
            {
                continue;
            }

            var members = latest.Keys.ToHashSet(StringComparer.Ordinal);
            if (previous.TryGetValue(team.Key, out var last))
            {
                var changed = members.Count(m => !last.Members.Contains(m)) + last.Members.Count(m => !members.Contains(m));
                if (changed > 0 && changed < k)
                {
                    result.Add(new PublishedTeam(last.Row with { CarriedOver = true }, last.Members));
                    continue;
                }
            }

            var n = latest.Count;
            var low = latest.Values.Count(m => m <= 2);
            double? share = low >= k && n - low >= k ? (double)low / n : null;
            var average = latest.Values.Average();
            var people = n;
            if (options.Epsilon is { } epsilon)
            {
                var random = uniform ?? SecureUniform;
                people = Math.Max(k, (int)Math.Round(n + Laplace(1 / (epsilon / 2), random)));
                average = Math.Clamp(average + Laplace(4.0 / n / (epsilon / 2), random), 1, 5);
                share = share is null ? null : Math.Clamp(share.Value + Laplace(1.0 / n / (epsilon / 2), random), 0, 1);
            }

            var row = new TeamRow(team.Key, people, Math.Round(average, 1), share is null ? null : Math.Round(share.Value * 20) / 20, CarriedOver: false);
            result.Add(new PublishedTeam(row, members));
        }

        return result;
    }

    /// <summary>A Laplace(0, <paramref name="scale"/>) sample by inverse transform of a uniform (0, 1) draw.</summary>
    internal static double Laplace(double scale, Func<double> uniform)
    {
        var u = uniform() - 0.5;
        return -scale * Math.Sign(u) * Math.Log(1 - (2 * Math.Abs(u)));
    }

    private static double SecureUniform()
    {
        // 53 random bits, never exactly 0 or 1.
        var bits = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)) >> 11;
        return (bits + 0.5) / (1UL << 53);
    }
}
