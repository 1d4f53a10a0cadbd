using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

/// <summary><c>wellbeing content test</c> on the default pack runs the kit as the CLI builds it: ML detectors on, check-ins available.</summary>
public sealed class ContentTestCommandTests
{
    [Fact]
    public void Every_story_of_the_default_pack_passes_with_the_cli_kit()
    {
        var (exit, output, error) = CliRunner.Run(ContentTestCommand.AddTo, "content", "test");

        output.Split('\n').Where(line => line.StartsWith("FAIL ", StringComparison.Ordinal)).Should().BeEmpty();
        error.Should().BeEmpty();
        exit.Should().Be(0);
        output.Should().MatchRegex(@"\d+ stories: (\d+) passed, 0 failed");
    }
}
