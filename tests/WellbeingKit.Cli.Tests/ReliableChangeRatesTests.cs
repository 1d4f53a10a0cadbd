using WellbeingKit.Cli.Reports;
using WellbeingKit.UserData;

namespace WellbeingKit.Cli.Tests;

public class ReliableChangeRatesTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_users_first_and_last_score_decide_reliable_improvement_and_deterioration()
    {
        var scores = new List<QuestionnaireScore>();
        Pair(scores, "a", 18, 10);  // -8: improved
        Pair(scores, "b", 12, 6);   // -6: improved
        Pair(scores, "c", 12, 7);   // -5: no reliable change
        Pair(scores, "d", 5, 11);   // +6: deteriorated
        Pair(scores, "e", 9, 9);
        scores.Add(new QuestionnaireScore("f", Start, "phq9", 20)); // one score: not counted

        var row = ReliableChangeRates.Compute(scores, Start, Start.AddDays(90)).Should().ContainSingle().Subject;

        row.Should().Be(new ReliableChangeRow("phq9", People: 5, Improved: 2, Deteriorated: 1, Threshold: 6));
        row.ImprovedRate.Should().Be(0.4);
    }

    [Fact]
    public void Who5_improves_when_the_score_rises()
    {
        var scores = new List<QuestionnaireScore>();
        Pair(scores, "a", 40, 52, "who5");

        ReliableChangeRates.Compute(scores, Start, Start.AddDays(90)).Single().Improved.Should().Be(1);
    }

    [Theory]
    [InlineData(4, 0, false)]
    [InlineData(5, 0, true)]
    [InlineData(9, 2, false)]
    [InlineData(9, 5, true)]
    public void A_count_is_shown_only_for_groups_and_counts_of_five_or_more(int people, int count, bool shown)
    {
        ReliableChangeRates.Shown(people, count, 5).Should().Be(shown);
    }

    private static void Pair(List<QuestionnaireScore> scores, string user, int first, int last, string id = "phq9")
    {
        scores.Add(new QuestionnaireScore(user, Start.AddDays(1), id, first));
        scores.Add(new QuestionnaireScore(user, Start.AddDays(30), id, last));
    }
}
