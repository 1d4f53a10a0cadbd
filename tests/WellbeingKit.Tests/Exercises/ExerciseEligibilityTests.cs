using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content;
using WellbeingKit.Exercises;

namespace WellbeingKit.Tests.Exercises;

public sealed class ExerciseEligibilityTests
{
    private static IEnumerable<string> Ids(ExerciseSelection selection) => selection.Choices.Select(c => c.Exercise.Id);

    [Fact]
    public async Task A_contraindicated_exercise_is_excluded_with_the_contraindication_as_reason()
    {
        using var fixture = new SelectorFixture();

        var selection = await fixture.SelectAsync(SelectorFixture.Request() with { Contraindications = ["breath-holding"] });

        Ids(selection).Should().NotContain("box-breathing");
        selection.Excluded["box-breathing"].Should().Be("contraindication: breath-holding");
    }

    [Fact]
    public async Task An_exercise_not_meant_for_the_users_context_is_excluded()
    {
        using var fixture = new SelectorFixture();

        var selection = await fixture.SelectAsync(SelectorFixture.Request() with { Context = "commuting" });

        Ids(selection).Should().NotContain("thought-record");
        selection.Excluded["thought-record"].Should().StartWith("context: not meant for 'commuting'");
    }

    [Fact]
    public async Task An_eyes_closed_exercise_listed_for_the_workplace_is_still_not_offered_there_by_default()
    {
        var eyesClosedAnywhere = SelectorFixture.Make("eyes-closed-anywhere", requires: new ExerciseRequirements { EyesClosed = true });
        using var fixture = new SelectorFixture(exercises: [eyesClosedAnywhere, SelectorFixture.Make("open")]);

        var selection = await fixture.SelectAsync(SelectorFixture.Request() with { Context = "workplace" });

        Ids(selection).Should().Equal("open");
        selection.Excluded["eyes-closed-anywhere"].Should().Be("context-limits: closes the eyes, which 'workplace' does not allow");
    }

    [Fact]
    public async Task A_host_can_allow_closed_eyes_at_the_workplace_by_changing_the_context_limits()
    {
        var eyesClosedAnywhere = SelectorFixture.Make("eyes-closed-anywhere", requires: new ExerciseRequirements { EyesClosed = true });
        using var fixture = new SelectorFixture(
            o => o.ContextLimits["workplace"] = o.ContextLimits["workplace"] with { EyesClosed = true },
            [eyesClosedAnywhere]);

        var selection = await fixture.SelectAsync(SelectorFixture.Request() with { Context = "workplace" });

        Ids(selection).Should().Equal("eyes-closed-anywhere");
    }

    [Fact]
    public async Task A_movement_exercise_is_not_offered_while_commuting()
    {
        var walk = SelectorFixture.Make("walk", requires: new ExerciseRequirements { Movement = true });
        using var fixture = new SelectorFixture(exercises: [walk]);

        var selection = await fixture.SelectAsync(SelectorFixture.Request() with { Context = "commuting" });

        selection.Choices.Should().BeEmpty();
        selection.Excluded["walk"].Should().Contain("needs movement");
    }

    [Fact]
    public async Task An_exercise_longer_than_the_time_available_is_excluded()
    {
        using var fixture = new SelectorFixture();

        var selection = await fixture.SelectAsync(SelectorFixture.Request() with { MinutesAvailable = 5 });

        Ids(selection).Should().NotContain(["body-scan", "thought-record", "safe-place"]).And.Contain(["box-breathing", "stretch-break"]);
        selection.Excluded["body-scan"].Should().Be("time: takes 10 min, 5 min available");
    }

    [Fact]
    public async Task The_eyes_open_need_excludes_exercises_that_close_the_eyes()
    {
        using var fixture = new SelectorFixture();

        var selection = await fixture.SelectAsync(SelectorFixture.Request() with { Needs = ["eyes-open"] });

        Ids(selection).Should().NotContain(["body-scan", "safe-place"]);
        selection.Excluded["body-scan"].Should().Be("need eyes-open: closes the eyes");
    }

    [Fact]
    public async Task The_no_writing_need_excludes_exercises_that_need_writing()
    {
        using var fixture = new SelectorFixture();

        var selection = await fixture.SelectAsync(SelectorFixture.Request() with { Needs = ["no-writing"] });

        Ids(selection).Should().NotContain("thought-record");
        selection.Excluded["thought-record"].Should().Be("need no-writing: needs writing");
    }

    [Theory]
    [InlineData("no-movement", "needs movement")]
    [InlineData("no-audio", "needs audio")]
    [InlineData("no-privacy", "needs privacy")]
    public async Task An_accessibility_need_excludes_exercises_that_require_what_the_person_cannot_do(string need, string requirement)
    {
        var demanding = SelectorFixture.Make("demanding", requires: new ExerciseRequirements { Movement = true, Audio = true, Privacy = true });
        using var fixture = new SelectorFixture(exercises: [demanding, SelectorFixture.Make("plain")]);

        var selection = await fixture.SelectAsync(SelectorFixture.Request() with { Needs = [need] });

        Ids(selection).Should().Equal("plain");
        selection.Excluded["demanding"].Should().Be($"need {need}: {requirement}");
    }

    [Fact]
    public async Task An_exercise_without_text_in_the_users_language_is_excluded()
    {
        using var fixture = new SelectorFixture();

        var selection = await fixture.SelectAsync(SelectorFixture.Request(locale: "es"));

        Ids(selection).Should().NotContain("safe-place").And.Contain("box-breathing");
        selection.Excluded["safe-place"].Should().StartWith("locale: no 'es' text");
    }

    [Fact]
    public async Task A_regional_locale_uses_the_text_of_its_parent_language()
    {
        using var fixture = new SelectorFixture();

        var selection = await fixture.SelectAsync(SelectorFixture.Request(locale: "es-MX"));

        Ids(selection).Should().Contain("box-breathing");
    }

    [Fact]
    public async Task The_default_locale_fallback_offers_untranslated_exercises_only_when_the_host_allows_it()
    {
        using var fixture = new SelectorFixture(o => o.AllowDefaultLocaleFallback = true);

        var selection = await fixture.SelectAsync(SelectorFixture.Request(locale: "es"));

        selection.Choices.Single(c => c.Exercise.Id == "safe-place").LogReasons.Should().Contain(r => r.StartsWith("locale-fallback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_host_rule_added_through_the_builder_excludes_with_its_reason()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        using var fixture = new SelectorFixture();
        services.AddSingleton<IContentSource>(new SelectorFixture.FixedContentSource(fixture.Pack));
        services.AddWellbeingKit().ConfigureExerciseSelection(o => o.Exclude(e => e.Requires.Privacy, "needs privacy at work", "hr-no-privacy"));
        using var provider = services.BuildServiceProvider();
        var selector = provider.GetRequiredService<IExerciseSelector>();

        var selection = await selector.SelectAsync(SelectorFixture.Request());

        Ids(selection).Should().NotContain("kind-words-aloud");
        selection.Excluded["kind-words-aloud"].Should().Be("rule hr-no-privacy: needs privacy at work");
    }

    [Fact]
    public async Task A_host_rule_that_throws_excludes_the_exercise()
    {
        using var fixture = new SelectorFixture(o => o.Exclude(e => e.Id == "box-breathing" ? throw new InvalidOperationException("boom") : false, "never", "fragile"));

        var selection = await fixture.SelectAsync(SelectorFixture.Request());

        Ids(selection).Should().NotContain("box-breathing");
        selection.Excluded["box-breathing"].Should().Be("rule fragile: the rule failed: InvalidOperationException");
    }

    [Fact]
    public async Task An_exercise_done_yesterday_that_did_not_help_is_not_offered_again()
    {
        using var fixture = new SelectorFixture();
        await fixture.RateAsync("u1", "box-breathing", 2, TimeSpan.FromHours(20));

        var selection = await fixture.SelectAsync(SelectorFixture.Request());

        Ids(selection).Should().NotContain("box-breathing");
        selection.Excluded["box-breathing"].Should().StartWith("repeat: done within 24h");
    }

    [Fact]
    public async Task An_exercise_done_yesterday_that_helped_may_be_offered_again()
    {
        using var fixture = new SelectorFixture();
        await fixture.RateAsync("u1", "box-breathing", 5, TimeSpan.FromHours(20));

        var selection = await fixture.SelectAsync(SelectorFixture.Request());

        Ids(selection).Should().Contain("box-breathing");
    }

    [Fact]
    public async Task An_exercise_done_two_days_ago_may_be_offered_again_even_if_it_did_not_help()
    {
        using var fixture = new SelectorFixture();
        await fixture.RateAsync("u1", "box-breathing", 1, TimeSpan.FromHours(49));

        var selection = await fixture.SelectAsync(SelectorFixture.Request());

        Ids(selection).Should().Contain("box-breathing");
    }

    [Fact]
    public async Task An_exercise_only_offered_yesterday_may_be_offered_again()
    {
        using var fixture = new SelectorFixture();
        await fixture.Store.AddFeedbackAsync(new UserData.ExerciseFeedback("u1", fixture.Time.GetUtcNow().AddHours(-3), "box-breathing", UserData.ExerciseOutcome.Offered, null, null));

        var selection = await fixture.SelectAsync(SelectorFixture.Request());

        Ids(selection).Should().Contain("box-breathing");
    }

    [Fact]
    public async Task A_recent_exercise_is_offered_when_nothing_else_is_eligible()
    {
        using var fixture = new SelectorFixture(exercises: [SelectorFixture.Make("only")]);
        await fixture.RateAsync("u1", "only", 2, TimeSpan.FromHours(2));

        var selection = await fixture.SelectAsync(SelectorFixture.Request());

        selection.Choices.Single().LogReasons.Should().Contain("repeat-allowed: nothing else is eligible");
    }

    [Fact]
    public async Task A_request_without_a_locale_is_refused_with_a_clear_error()
    {
        using var fixture = new SelectorFixture();

        var select = () => fixture.SelectAsync(SelectorFixture.Request(locale: " "));

        await select.Should().ThrowAsync<ArgumentException>().WithMessage("*ExerciseSelectionRequest.Locale*");
    }
}
