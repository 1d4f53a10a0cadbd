using WellbeingKit.Care;
using WellbeingKit.UserData;

namespace WellbeingKit.Tests.Care;

public class InsightsBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero); // a Wednesday

    [Fact]
    public void Mood_is_averaged_per_week_with_empty_weeks_kept()
    {
        var data = Export(moods: [Mood(Now.AddDays(-1), 2), Mood(Now.AddDays(-2), 4), Mood(Now.AddDays(-15), 5)]);

        var insights = InsightsBuilder.Build(data, null, "en", null, Now, weeks: 4);

        insights.Mood.Select(w => w.WeekStart).Should().Equal(new DateOnly(2026, 5, 18), new DateOnly(2026, 5, 25), new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 8));
        insights.Mood.Select(w => w.Average).Should().Equal(null, 5.0, null, 3.0);
    }

    [Fact]
    public void Journal_themes_are_emotion_labels_only_never_the_text()
    {
        var data = Export(journal: [new JournalEntry("u", Now, "secret words", "sadness"), new JournalEntry("u", Now, "more", "Sadness"), new JournalEntry("u", Now, "x", "neutral")]);

        var insights = InsightsBuilder.Build(data, null, "en", null, Now);

        insights.JournalThemes.Should().Equal(new JournalTheme("sadness", 2));
        System.Text.Json.JsonSerializer.Serialize(insights).Should().NotContain("secret");
    }

    [Fact]
    public void Exercises_show_how_often_they_were_finished_and_how_helpful_they_were_rated()
    {
        var data = Export(feedback:
        [
            new ExerciseFeedback("u", Now, "box-breathing", ExerciseOutcome.Completed, 5, null),
            new ExerciseFeedback("u", Now, "box-breathing", ExerciseOutcome.Completed, 4, null),
            new ExerciseFeedback("u", Now, "safe-place", ExerciseOutcome.Offered, null, null),
        ]);

        var insights = InsightsBuilder.Build(data, null, "en", null, Now);

        insights.Exercises.Should().Equal(new ExerciseInsight("box-breathing", null, 2, 4.5));
    }

    [Fact]
    public void An_arabic_user_gets_right_to_left_insights()
    {
        InsightsBuilder.Build(Export(), null, "ar", null, Now).Direction.Should().Be("rtl");
    }

    [Fact]
    public void A_user_with_no_data_is_told_there_is_nothing_yet()
    {
        var insights = InsightsBuilder.Build(Export(), null, "fr", null, Now);

        insights.IsEmpty.Should().BeTrue();
        InsightsBuilder.ToLines(insights, null).Should().ContainSingle().Which.Should().StartWith("Il n'y a encore rien");
    }

    [Fact]
    public void The_text_summary_names_the_latest_score_of_each_questionnaire()
    {
        var data = Export(questionnaires: [new QuestionnaireResult("u", Now.AddDays(-14), "phq9", 12, "moderate", []), new QuestionnaireResult("u", Now, "phq9", 7, "mild", [])]);

        var lines = InsightsBuilder.ToLines(InsightsBuilder.Build(data, null, "en", null, Now), null);

        lines.Should().ContainSingle(l => l.StartsWith("phq9: 7 (mild)", StringComparison.Ordinal));
    }

    private static MoodEntry Mood(DateTimeOffset at, int mood) => new("u", at, mood, null, null);

    private static UserDataExport Export(
        IReadOnlyList<MoodEntry>? moods = null,
        IReadOnlyList<JournalEntry>? journal = null,
        IReadOnlyList<ExerciseFeedback>? feedback = null,
        IReadOnlyList<QuestionnaireResult>? questionnaires = null) => new()
        {
            UserId = "u",
            Moods = moods ?? [],
            Journal = journal ?? [],
            Feedback = feedback ?? [],
            Questionnaires = questionnaires ?? [],
        };
}
