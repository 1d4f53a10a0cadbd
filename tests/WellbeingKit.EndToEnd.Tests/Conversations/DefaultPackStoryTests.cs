using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Content.Yaml.Stories;
using WellbeingKit.Conversations;
using WellbeingKit.Conversations.Stories;
using WellbeingKit.Safety;

namespace WellbeingKit.EndToEnd.Tests.Conversations;

/// <summary>Every conversation test the default pack ships, each as its own case, against the kit as a host would build it.</summary>
public sealed class DefaultPackStoryTests(DefaultKitFixture fixture) : IClassFixture<DefaultKitFixture>
{
    private static readonly Lazy<IReadOnlyList<ConversationStory>> Stories = new(StoryLoader.LoadDefault);

    public static TheoryData<string> StoryNames() => [.. Stories.Value.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(StoryNames))]
    public async Task Default_pack_story_passes(string name)
    {
        var story = Stories.Value.Single(s => s.Name == name);
        var result = await StoryRunner.RunAsync(fixture.Kit, story);
        result.Failures.Select(f => f.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void The_default_pack_ships_at_least_25_stories_in_its_four_languages()
    {
        Stories.Value.Should().HaveCountGreaterThanOrEqualTo(25);
        Stories.Value.Select(s => s.Locale).Distinct().Should().BeEquivalentTo(["en", "es", "fr", "ar"]);
    }

    [Fact]
    public void Every_flow_of_the_default_pack_has_a_story_with_a_crisis_in_its_middle()
    {
        var pack = ContentPackLoader.LoadDefault();
        var interrupted = Stories.Value.SelectMany(CrisisInterrupts).ToHashSet();
        pack.Flows.Keys.Should().OnlyContain(id => interrupted.Contains(id) || pack.Flows[id].Kind == FlowKind.Safety);
        interrupted.Should().Contain("safety");
    }

    [Fact]
    public void The_default_pack_passes_the_safe_messaging_lint() =>
        SafeMessagingLint.Check(ContentPackLoader.LoadDefault()).Select(f => f.ToString()).Should().BeEmpty();

    /// <summary>The flows a story is in (a <c>flow:</c> step) when a later step lands in the safety flow.</summary>
    private static IEnumerable<string> CrisisInterrupts(ConversationStory story)
    {
        string? current = null;
        foreach (var step in story.Steps.Where(s => s.Kind == StoryStepKind.Flow))
        {
            if (step.Value == "safety" && current is not null)
            {
                yield return current;
            }

            current = step.Value;
        }
    }
}
