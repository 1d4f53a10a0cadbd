using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Content.Yaml.Stories;
using WellbeingKit.Conversations.Stories;
using WellbeingKit.Safety;

namespace WellbeingKit.EndToEnd.Tests.Conversations;

public sealed class StoryTests
{
    private static readonly Lazy<ContentPack> MiniPack = new(() => ContentPackLoader.LoadDirectory(StoryKit.Fixture("mini-pack")));

    public static TheoryData<string> MiniStories() =>
        [.. StoryLoader.LoadDirectory(StoryKit.Fixture("mini-stories")).Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(MiniStories))]
    public async Task Mini_pack_story_passes(string name)
    {
        var story = StoryLoader.LoadDirectory(StoryKit.Fixture("mini-stories")).Single(s => s.Name == name);
        using var kit = new StoryKit(MiniPack.Value);
        var result = await StoryRunner.RunAsync(kit.Kit, story);
        result.Failures.Select(f => f.ToString()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_failing_story_names_the_story_the_step_and_what_was_expected_and_got()
    {
        var story = StoryLoader.LoadDirectory(StoryKit.Fixture("failing-stories")).Single();
        using var kit = new StoryKit(MiniPack.Value);
        var result = await StoryRunner.RunAsync(kit.Kit, story);
        result.Passed.Should().BeFalse();
        result.Failures.Select(f => f.StepNumber).Should().Equal(2, 4);
        result.Failures[0].ToString().Should().Be(
            "stories/failing.yaml:6: story 'expects the wrong greeting' step 2 (bot_says: \"Good morning, Dave\"): "
            + "expected a message containing \"Good morning, Dave\", got \"Hello, I'm here for you. | What would you like to do?\"");
        result.Failures[1].Expected.Should().Be("flow 'breathing'");
        result.Failures[1].Got.Should().Be("flow 'menu'");
    }

    [Fact]
    public void Story_file_problems_are_reported_with_line_and_column()
    {
        var act = () => StoryLoader.Load([("stories/bad.yaml", "stories:\n  - name: x\n    steps:\n      - user: hi\n      - bot_sings: la\n      - bot_offers_handoff: maybe\n")]);
        var problems = act.Should().Throw<ContentValidationException>().Which.Problems;
        problems.Select(p => p.ToString()).Should().Equal(
            "stories/bad.yaml:5:9: Unknown step 'bot_sings'; use one of user, bot_says, bot_not_says, bot_offers, bot_shows_helpline, bot_offers_handoff, flow, state, safety.",
            "stories/bad.yaml:6:29: Step 'bot_offers_handoff' takes true or false, not 'maybe'.");
    }

    [Fact]
    public void A_story_without_steps_is_a_problem()
    {
        var act = () => StoryLoader.Load([("stories/empty.yaml", "stories:\n  - name: nothing\n")]);
        act.Should().Throw<ContentValidationException>().Which.Problems.Single().Message.Should().Contain("has no 'steps' list");
    }

    [Fact]
    public void The_unsafe_fixture_pack_fails_the_lint_with_path_key_and_phrase()
    {
        var findings = SafeMessagingLint.Check(ContentPackLoader.LoadDirectory(StoryKit.Fixture("unsafe-pack")));
        findings.Select(f => f.ToString()).Should().Equal(
            "messages/en.yaml: label: \"you have depression\" (diagnosis: the kit never diagnoses)",
            "messages/en.yaml: secret: \"i won t tell anyone\" (promise of secrecy: the kit cannot promise it)",
            "messages/es.yaml: stigma: \"cometio suicidio\" (language the safe-messaging guidelines advise against)");
    }

    [Fact]
    public void The_mini_pack_passes_the_lint() => SafeMessagingLint.Check(MiniPack.Value).Should().BeEmpty();
}
