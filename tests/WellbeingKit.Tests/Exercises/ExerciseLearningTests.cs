using WellbeingKit.Emotions;
using WellbeingKit.Exercises;
using WellbeingKit.UserData;

namespace WellbeingKit.Tests.Exercises;

public sealed class ExerciseLearningTests
{
    public static TheoryData<int> Seeds { get; } = [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_user_who_always_rates_box_breathing_5_gets_it_ranked_first_within_10_sessions(int seed)
    {
        using var fixture = new SelectorFixture(o => o.RandomSeed = seed);
        var request = SelectorFixture.Request() with { Count = 1 };

        for (var session = 0; session < 10; session++)
        {
            fixture.Time.Advance(TimeSpan.FromDays(1));
            var chosen = (await fixture.SelectAsync(request)).Choices[0].Exercise.Id;
            await fixture.RateAsync("u1", chosen, chosen == "box-breathing" ? 5 : 2);
        }

        fixture.Time.Advance(TimeSpan.FromDays(1));
        var next = await fixture.SelectAsync(request);

        next.Choices[0].Exercise.Id.Should().Be("box-breathing");
    }

    [Fact]
    public async Task Exploration_never_offers_a_contraindicated_exercise_whatever_the_seed()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            using var fixture = new SelectorFixture(o => o.RandomSeed = seed);
            for (var i = 0; i < 20; i++)
            {
                await fixture.RateAsync("other-" + i, "box-breathing", 5, TimeSpan.FromDays(3));
            }

            var selection = await fixture.SelectAsync(SelectorFixture.Request() with { Contraindications = ["breath-holding", "trauma-imagery"] });

            selection.Choices.Select(c => c.Exercise.Id).Should().NotContain(["box-breathing", "safe-place"], $"seed {seed}");
        }
    }

    [Fact]
    public async Task Other_users_ratings_lift_an_exercise_for_a_new_user()
    {
        using var fixture = new SelectorFixture(o => o.Exploration = false);
        for (var i = 0; i < 30; i++)
        {
            await fixture.RateAsync("other-" + i, "stretch-break", 5, TimeSpan.FromDays(3));
            await fixture.RateAsync("other-" + i, "grounding-5-4-3-2-1", 1, TimeSpan.FromDays(3));
        }

        var selection = await fixture.SelectAsync(SelectorFixture.Request("newcomer"));

        selection.Choices[0].Exercise.Id.Should().Be("stretch-break");
        selection.Choices[^1].Exercise.Id.Should().Be("grounding-5-4-3-2-1");
    }

    [Fact]
    public async Task The_users_own_ratings_outweigh_the_population_once_they_have_several()
    {
        using var fixture = new SelectorFixture(o => o.Exploration = false);
        for (var i = 0; i < 50; i++)
        {
            await fixture.RateAsync("other-" + i, "stretch-break", 5, TimeSpan.FromDays(10));
        }

        for (var day = 2; day < 14; day++)
        {
            await fixture.RateAsync("u1", "stretch-break", 1, TimeSpan.FromDays(day));
        }

        var selection = await fixture.SelectAsync(SelectorFixture.Request());

        selection.Choices[0].Exercise.Id.Should().NotBe("stretch-break");
    }

    [Fact]
    public async Task An_exercise_matching_the_users_concern_ranks_first_at_cold_start()
    {
        using var fixture = new SelectorFixture(o => o.Exploration = false);

        var selection = await fixture.SelectAsync(SelectorFixture.Request() with { Concerns = ["worry"] });

        selection.Choices[0].Exercise.Id.Should().Be("thought-record");
    }

    [Fact]
    public async Task An_exercise_suiting_the_detected_emotion_ranks_first_at_cold_start()
    {
        var calming = SelectorFixture.Make("calming") with { Emotions = ["fear", "nervousness"] };
        var cheering = SelectorFixture.Make("cheering") with { Emotions = ["sadness"] };
        using var fixture = new SelectorFixture(o => o.Exploration = false, [calming, cheering]);
        var emotion = new EmotionResult { Top = [new EmotionScore("nervousness", 0.8)], Ekman = "fear", Distress = 0.6 };

        var selection = await fixture.SelectAsync(SelectorFixture.Request() with { Emotion = emotion });

        selection.Choices[0].Exercise.Id.Should().Be("calming");
    }

    [Fact]
    public async Task Population_statistics_are_cached_until_the_refresh_interval_has_passed()
    {
        using var fixture = new SelectorFixture(o =>
        {
            o.Exploration = false;
            o.PopulationRefreshInterval = TimeSpan.FromMinutes(5);
        });
        var before = (await fixture.SelectAsync(SelectorFixture.Request())).Choices.Single(c => c.Exercise.Id == "body-scan").Score;
        for (var i = 0; i < 10; i++)
        {
            await fixture.RateAsync("other-" + i, "body-scan", 5, TimeSpan.FromMinutes(1));
        }

        var cached = (await fixture.SelectAsync(SelectorFixture.Request())).Choices.Single(c => c.Exercise.Id == "body-scan").Score;
        fixture.Time.Advance(TimeSpan.FromMinutes(6));
        var refreshed = (await fixture.SelectAsync(SelectorFixture.Request())).Choices.Single(c => c.Exercise.Id == "body-scan").Score;

        cached.Should().Be(before);
        refreshed.Should().BeGreaterThan(before);
    }

    [Fact]
    public async Task Feedback_given_in_the_same_context_counts_more_than_feedback_from_elsewhere()
    {
        using var fixture = new SelectorFixture(o => o.Exploration = false);
        for (var i = 0; i < 20; i++)
        {
            await fixture.RateAsync("other-" + i, "grounding-5-4-3-2-1", 5, TimeSpan.FromDays(3), "class");
            await fixture.RateAsync("other-" + i, "grounding-5-4-3-2-1", 1, TimeSpan.FromDays(3), "home");
        }

        var inClass = await fixture.SelectAsync(SelectorFixture.Request() with { Context = "class" });
        var atHome = await fixture.SelectAsync(SelectorFixture.Request() with { Context = "home" });

        inClass.Choices.Single(c => c.Exercise.Id == "grounding-5-4-3-2-1").Score
            .Should().BeGreaterThan(atHome.Choices.Single(c => c.Exercise.Id == "grounding-5-4-3-2-1").Score);
    }

    [Fact]
    public async Task Abandoning_an_exercise_lowers_its_score()
    {
        using var fixture = new SelectorFixture(o => o.Exploration = false);
        var before = (await fixture.SelectAsync(SelectorFixture.Request())).Choices.Single(c => c.Exercise.Id == "box-breathing").Score;
        await fixture.Store.AddFeedbackAsync(new ExerciseFeedback("u1", fixture.Time.GetUtcNow() - TimeSpan.FromDays(2), "box-breathing", ExerciseOutcome.Abandoned, null, null));

        var after = (await fixture.SelectAsync(SelectorFixture.Request())).Choices.Single(c => c.Exercise.Id == "box-breathing").Score;

        after.Should().BeLessThan(before);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_ranking()
    {
        using var first = new SelectorFixture(o => o.RandomSeed = 42);
        using var second = new SelectorFixture(o => o.RandomSeed = 42);

        var a = await first.SelectAsync(SelectorFixture.Request());
        var b = await second.SelectAsync(SelectorFixture.Request());

        a.Choices.Select(c => c.Exercise.Id).Should().Equal(b.Choices.Select(c => c.Exercise.Id));
    }

    [Fact]
    public async Task Concurrent_selections_from_many_threads_all_succeed()
    {
        using var fixture = new SelectorFixture();
        for (var i = 0; i < 20; i++)
        {
            await fixture.RateAsync("other-" + i, "box-breathing", 4, TimeSpan.FromDays(2));
        }

        var selections = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () => await fixture.SelectAsync(SelectorFixture.Request("u" + i)))));

        selections.Should().OnlyContain(s => s.Choices.Count == SelectorFixture.All().Count());
    }
}
