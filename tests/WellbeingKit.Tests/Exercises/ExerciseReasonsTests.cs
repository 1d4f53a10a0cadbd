using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WellbeingKit.Exercises;

namespace WellbeingKit.Tests.Exercises;

public sealed class ExerciseReasonsTests
{
    [Fact]
    public async Task A_choice_in_class_says_it_is_short_and_works_with_eyes_open()
    {
        using var fixture = new SelectorFixture();

        var selection = await fixture.SelectAsync(SelectorFixture.Request() with { Context = "class" });

        selection.Choices.Single(c => c.Exercise.Id == "grounding-5-4-3-2-1").Reasons
            .Should().Contain(["short (3 minutes)", "works with your eyes open"]);
    }

    [Fact]
    public async Task A_choice_says_which_concern_it_helps_with_in_the_users_language()
    {
        using var fixture = new SelectorFixture();

        var selection = await fixture.SelectAsync(SelectorFixture.Request(locale: "es") with { Concerns = ["anxiety"] });

        selection.Choices.Single(c => c.Exercise.Id == "box-breathing").Reasons.Should().Contain("ayuda con la ansiedad");
    }

    [Theory]
    [InlineData("fr", "court (3 minutes)")]
    [InlineData("ar", "قصير (3 دقائق)")]
    public async Task The_short_reason_has_built_in_french_and_arabic_text(string locale, string expected)
    {
        using var fixture = new SelectorFixture();

        var selection = await fixture.SelectAsync(SelectorFixture.Request(locale: locale));

        selection.Choices.Single(c => c.Exercise.Id == "grounding-5-4-3-2-1").Reasons.Should().Contain(expected);
    }

    [Fact]
    public async Task A_reason_defined_by_the_content_pack_replaces_the_built_in_text()
    {
        var messages = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = new Dictionary<string, string> { ["exercise.reason.short"] = "only {duration}" },
        };
        using var fixture = new SelectorFixture(messages: messages);

        var selection = await fixture.SelectAsync(SelectorFixture.Request());

        selection.Choices.Single(c => c.Exercise.Id == "grounding-5-4-3-2-1").Reasons.Should().Contain("only 3 minutes");
    }

    [Fact]
    public async Task A_choice_the_user_rated_helpful_says_so()
    {
        using var fixture = new SelectorFixture();
        await fixture.RateAsync("u1", "body-scan", 5, TimeSpan.FromDays(3));

        var selection = await fixture.SelectAsync(SelectorFixture.Request());

        selection.Choices.Single(c => c.Exercise.Id == "body-scan").Reasons.Should().Contain("you found it helpful before");
    }

    [Fact]
    public async Task Every_choice_has_reasons_for_the_user_and_for_the_logs()
    {
        using var fixture = new SelectorFixture();

        var selection = await fixture.SelectAsync(SelectorFixture.Request());

        selection.Choices.Should().OnlyContain(c => c.Reasons.Count > 0 && c.LogReasons.Any(r => r.StartsWith("score ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_helpful_rating_outside_1_to_5_is_refused_at_start_up_naming_the_option()
    {
        var services = new ServiceCollection();
        services.AddWellbeingKit().ConfigureExerciseSelection(o => o.HelpfulRating = 7);
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<ExerciseSelectionOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().WithMessage("*HelpfulRating*");
    }

    [Fact]
    public void A_host_selector_replaces_the_default()
    {
        var services = new ServiceCollection();
        services.AddWellbeingKit().UseExerciseSelector<NothingSelector>();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IExerciseSelector>().Should().BeOfType<NothingSelector>();
    }

    private sealed class NothingSelector : IExerciseSelector
    {
        public ValueTask<ExerciseSelection> SelectAsync(ExerciseSelectionRequest request, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(new ExerciseSelection());
    }
}
