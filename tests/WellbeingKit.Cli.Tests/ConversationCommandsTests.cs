using WellbeingKit.Content.Yaml;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Cli.Commands;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Risk;

namespace WellbeingKit.Cli.Tests;

public sealed class ConversationCommandsTests
{
    private static string Fixture(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WellbeingKit.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "tests", "WellbeingKit.EndToEnd.Tests", "Fixtures", name);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(ChatCommand.Create());
        ContentTestCommand.AddTo(root);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Scripted_chat_prints_each_reply_and_numbers_the_quick_replies()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit().AddRiskDetector(new NoRisk());
        services.AddSingleton<IContentSource>(YamlContentSource.FromDirectory(Fixture("mini-pack")));
        await using var provider = services.BuildServiceProvider();
        var session = new ChatSession(provider.GetRequiredService<IWellbeingKit>(), "cli-test", "en", null);
        var output = new StringWriter();

        var exit = await session.RunScriptedAsync(new StringReader("hello\n\n1\n"), output, CancellationToken.None);

        exit.Should().Be(0);
        output.ToString().ReplaceLineEndings("\n").Should().Be(
            "you> hello\nkit> Hello, I'm here for you.\nkit> What would you like to do?\n  [1] Check in\n  [2] Write in my journal\n"
            + "you> 1\nkit> How are you feeling?\n  [3] Good\n  [1] Low\n");
    }

    [Fact]
    public void A_typed_number_sends_the_value_of_the_quick_reply_shown_with_it()
    {
        QuickReply[] offered = [new("Check in", "checkin"), new("Journal", "journal")];
        ChatSession.Resolve("2", offered).Should().Be("journal");
        ChatSession.Resolve("I feel low", offered).Should().Be("I feel low");
    }

    [Fact]
    public void Diagram_prints_a_mermaid_state_diagram_of_a_pack_flow()
    {
        var (exit, output, _) = Run("content", "diagram", "menu", "--content", Fixture("mini-pack"));
        exit.Should().Be(0);
        output.Should().StartWith("stateDiagram-v2").And.Contain("choose --> ask_mood : checkin").And.Contain("route --> low : mood <= 2");
    }

    [Fact]
    public void Diagram_of_an_unknown_flow_lists_the_flows_and_fails()
    {
        var (exit, _, error) = Run("content", "diagram", "nope", "--content", Fixture("mini-pack"));
        exit.Should().Be(1);
        error.Should().Contain("No flow 'nope'").And.Contain("breathing, menu, safety");
    }

    [Fact]
    public void Lint_fails_on_unsafe_phrases_with_one_line_each()
    {
        var dir = Fixture("unsafe-pack");
        var (exit, output, _) = Run("content", "lint", dir);
        exit.Should().Be(1);
        output.Should().Contain(Path.Combine(dir, "messages/en.yaml: secret: \"i won t tell anyone\""));
        output.Should().Contain("3 safe-messaging problem(s).");
    }

    [Fact]
    public void Validate_fails_a_pack_that_loads_but_breaks_safe_messaging()
    {
        var dir = Fixture("unsafe-pack");
        var output = new StringWriter();
        var exit = ContentCommand.Validate(dir, output, new StringWriter());
        exit.Should().Be(1);
        output.ToString().Should().Contain("messages/en.yaml:0:0: secret: \"i won t tell anyone\" is not safe messaging");
    }

    [Fact]
    public void Lint_passes_a_clean_pack()
    {
        var (exit, output, _) = Run("content", "lint", Fixture("mini-pack"));
        exit.Should().Be(0);
        output.Should().Contain("No safe-messaging problems found.");
    }

    [Fact]
    public void Content_test_fails_when_the_pack_has_no_stories()
    {
        var (exit, _, error) = Run("content", "test", Fixture("unsafe-pack"));
        exit.Should().Be(1);
        error.Should().Contain("no stories to run");
    }

    private sealed class NoRisk : IRiskDetector
    {
        public string Name => "none";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(RiskAssessment.None);
    }
}
