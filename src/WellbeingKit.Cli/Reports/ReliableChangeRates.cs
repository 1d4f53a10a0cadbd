using WellbeingKit.Care;
using WellbeingKit.UserData;

namespace WellbeingKit.Cli.Reports;

/// <summary>
/// Reliable improvement and reliable deterioration rates for the programme, per questionnaire with a published
/// reliable-change threshold (<see cref="ReliableChange"/>): each user's first and last score in the period are compared,
/// as NHS Talking Therapies reports them. Reports suppress small groups (see <see cref="Shown"/>).
/// </summary>
internal static class ReliableChangeRates
{
    /// <summary>The rows, one per questionnaire with a threshold, ordered by id.</summary>
    /// <param name="scores">Scores of every user (user ids only group them).</param>
    /// <param name="from">The first instant of the period.</param>
    /// <param name="to">The last instant of the period.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<ReliableChangeRow> Compute(IEnumerable<QuestionnaireScore> scores, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return scores
            .Where(s => s.At >= from && s.At <= to && ReliableChange.For(s.QuestionnaireId) is not null)
            .GroupBy(s => s.QuestionnaireId.ToLowerInvariant(), StringComparer.Ordinal)
            .Select(q =>
            {
                var threshold = ReliableChange.For(q.Key)!.Threshold;
                var pairs = q.GroupBy(s => s.UserId, StringComparer.Ordinal)
                    .Select(u => u.OrderBy(s => s.At).ToList())
                    .Where(u => u.Count >= 2)
                    .Select(u => ReliableChange.Worsening(q.Key, u[0].Score, u[^1].Score))
                    .ToList();
                return new ReliableChangeRow(q.Key, pairs.Count, pairs.Count(w => w <= -threshold), pairs.Count(w => w >= threshold), threshold);
            })
            .OrderBy(r => r.QuestionnaireId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// True when a count may be shown: the group has at least <paramref name="minimumPeople"/> people and the count is 0 or
    /// at least <paramref name="minimumPeople"/> too (a count of 1 to 4 could single someone out).
    /// </summary>
    public static bool Shown(int people, int count, int minimumPeople) =>
        people >= minimumPeople && (count == 0 || count >= minimumPeople);
}
