using System.Security.Cryptography;

namespace WellbeingKit.Samples.HR;

/// <summary>One person's check-in, as the dashboard reads it from the store: a pseudonymous key, the team, the mood, the time.</summary>
internal sealed record TeamCheckIn(string PersonKey, string Team, int Mood, DateTimeOffset At);

/// <summary>A team's published figures.</summary>
/// <param name="Team">The team.</param>
/// <param name="People">How many people checked in (noisy when noise is on).</param>
/// <param name="AverageMood">The average of each person's latest mood, 1 to 5, one decimal.</param>
/// <param name="LowShare">The share at 1-2, or null when fewer than k people are low or fewer than k are not.</param>
/// <param name="CarriedOver">True when the team changed by fewer than k people since its last publication, so that
/// publication's figures are shown again (new figures would let anyone subtract the two).</param>
internal sealed record TeamRow(string Team, int People, double AverageMood, double? LowShare, bool CarriedOver);

/// <summary>A team as last published: its figures and who they described (pseudonymous keys, for the next comparison).</summary>
internal sealed record PublishedTeam(TeamRow Row, IReadOnlySet<string> Members);

/// <summary>The dashboard's privacy settings (<c>Dashboard</c> in configuration).</summary>
internal sealed class DashboardOptions
{
    /// <summary>The smallest group any published figure may describe (k). Default 5; at least 3.</summary>
    public int MinimumGroupSize { get; set; } = 5;

    /// <summary>
    /// The privacy parameter of optional Laplace noise on each published team figure (null: no noise). Each weekly
    /// publication of a team spends this epsilon (half on the count, half on the average); smaller is more private.
    /// </summary>
    public double? Epsilon { get; set; }
}

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
