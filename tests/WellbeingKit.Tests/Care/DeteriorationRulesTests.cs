using WellbeingKit.Care;
using WellbeingKit.Content;
using WellbeingKit.UserData;

namespace WellbeingKit.Tests.Care;

public class DeteriorationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_phq9_rise_of_six_points_is_a_reliable_change()
    {
        var notice = DeteriorationRules.Questionnaire([Phq9(5, "mild"), Phq9(11, "moderate")], null, Now);

        notice!.Kind.Should().HaveFlag(DeteriorationKind.ReliableChange);
        notice.PreviousScore.Should().Be(5);
        notice.Score.Should().Be(11);
    }

    [Fact]
    public void A_phq9_rise_of_five_points_inside_one_band_is_no_change()
    {
        DeteriorationRules.Questionnaire([Phq9(10, "moderate"), Phq9(14, "moderate")], Bands("phq9", (0, 9, "mild"), (10, 14, "moderate")), Now).Should().BeNull();
    }

    [Fact]
    public void A_rise_into_a_worse_band_is_noticed_even_below_the_reliable_change_threshold()
    {
        var notice = DeteriorationRules.Questionnaire([Phq9(9, "mild"), Phq9(10, "moderate")], Bands("phq9", (0, 9, "mild"), (10, 14, "moderate")), Now);

        notice!.Kind.Should().Be(DeteriorationKind.WorseBand);
        notice.Severity.Should().Be("moderate");
    }

    [Fact]
    public void A_gad7_rise_of_four_points_is_a_reliable_change()
    {
        var notice = DeteriorationRules.Questionnaire([Result("gad7", 3), Result("gad7", 7)], null, Now);

        notice!.Kind.Should().Be(DeteriorationKind.ReliableChange);
    }

    [Fact]
    public void A_who5_fall_of_ten_points_is_a_reliable_change_because_lower_is_worse()
    {
        DeteriorationRules.Questionnaire([Result("who5", 60), Result("who5", 50)], null, Now)!.Kind.Should().Be(DeteriorationKind.ReliableChange);
        DeteriorationRules.Questionnaire([Result("who5", 50), Result("who5", 60)], null, Now).Should().BeNull();
    }

    [Fact]
    public void A_who5_fall_into_a_lower_band_is_a_worse_band()
    {
        var who5 = Bands("who5", (0, 28, "likely-low-wellbeing"), (29, 50, "low"), (51, 100, "good"));

        DeteriorationRules.Questionnaire([Result("who5", 52), Result("who5", 48)], who5, Now)!.Kind.Should().Be(DeteriorationKind.WorseBand);
    }

    [Fact]
    public void An_improvement_is_no_deterioration()
    {
        DeteriorationRules.Questionnaire([Phq9(20, "severe"), Phq9(8, "mild")], null, Now).Should().BeNull();
    }

    [Fact]
    public void A_first_result_has_nothing_to_compare_with()
    {
        DeteriorationRules.Questionnaire([Phq9(25, "severe")], null, Now).Should().BeNull();
    }

    [Fact]
    public void Mood_falling_by_more_than_a_point_over_the_window_is_a_falling_trend()
    {
        var moods = new[] { 4, 4, 3, 3, 2, 2 }.Select((m, i) => Mood(Now.AddDays(-12 + (2 * i)), m));

        var notice = DeteriorationRules.Mood(moods, Now, TimeSpan.FromDays(14), minimumEntries: 4, minimumFall: 1.0);

        notice!.Kind.Should().Be(DeteriorationKind.FallingMood);
        notice.MoodFall.Should().BeGreaterThanOrEqualTo(1.0);
        notice.WindowDays.Should().Be(14);
    }

    [Fact]
    public void Steady_mood_is_no_trend()
    {
        var moods = new[] { 3, 4, 3, 4, 3, 4 }.Select((m, i) => Mood(Now.AddDays(-12 + (2 * i)), m));

        DeteriorationRules.Mood(moods, Now, TimeSpan.FromDays(14), 4, 1.0).Should().BeNull();
    }

    [Fact]
    public void Too_few_mood_check_ins_make_no_trend()
    {
        var moods = new[] { 5, 1, 1 }.Select((m, i) => Mood(Now.AddDays(-6 + (2 * i)), m));

        DeteriorationRules.Mood(moods, Now, TimeSpan.FromDays(14), 4, 1.0).Should().BeNull();
    }

    [Fact]
    public void Mood_check_ins_older_than_the_window_do_not_count()
    {
        var old = new[] { 5, 5, 5 }.Select((m, i) => Mood(Now.AddDays(-40 + i), m));
        var recent = new[] { 2, 2, 2, 2 }.Select((m, i) => Mood(Now.AddDays(-8 + (2 * i)), m));

        DeteriorationRules.Mood(old.Concat(recent), Now, TimeSpan.FromDays(14), 4, 1.0).Should().BeNull();
    }

    [Theory]
    [InlineData("phq9", "minimal", SupportLevel.SelfHelp)]
    [InlineData("phq9", "mild", SupportLevel.SelfHelp)]
    [InlineData("phq9", "moderate", SupportLevel.GuidedSelfHelp)]
    [InlineData("phq9", "moderately-severe", SupportLevel.Person)]
    [InlineData("gad7", "severe", SupportLevel.Person)]
    [InlineData("who5", "likely-low-wellbeing", SupportLevel.Person)]
    public void Stepped_care_suggests_more_support_for_higher_bands(string questionnaire, string severity, SupportLevel level)
    {
        SteppedCare.Suggest(questionnaire, severity).Should().Be(level);
    }

    [Fact]
    public void A_pack_mapping_overrides_the_stepped_care_default()
    {
        var pack = new Dictionary<string, IReadOnlyDictionary<string, SupportLevel>>
        {
            ["phq9"] = new Dictionary<string, SupportLevel> { ["moderate"] = SupportLevel.Person },
        };

        SteppedCare.Suggest("phq9", "moderate", pack).Should().Be(SupportLevel.Person);
        SteppedCare.Suggest("phq9", "mild", pack).Should().Be(SupportLevel.SelfHelp);
    }

    private static QuestionnaireResult Phq9(int score, string severity) => new("u", Now, "phq9", score, severity, []);

    private static QuestionnaireResult Result(string id, int score) => new("u", Now, id, score, "x", []);

    private static MoodEntry Mood(DateTimeOffset at, int mood) => new("u", at, mood, null, null);

    private static QuestionnaireDefinition Bands(string id, params (int Min, int Max, string Severity)[] bands) => new()
    {
        Id = id,
        Title = new LocalizedText(new Dictionary<string, string> { ["en"] = id }),
        Instructions = new LocalizedText(new Dictionary<string, string> { ["en"] = id }),
        Bands = [.. bands.Select(b => new ScoreBand { Min = b.Min, Max = b.Max, Severity = b.Severity, Label = new LocalizedText(new Dictionary<string, string> { ["en"] = b.Severity }) })],
    };
}
