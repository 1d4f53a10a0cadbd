using System.CommandLine;
using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

public sealed class ContentValidateCommandTests : IDisposable
{
    private static readonly Dictionary<string, string> ValidPack = new()
    {
        ["pack.yaml"] = "id: cli-pack\nversion: \"2.1.0\"\ndefault_locale: en\nlocales:\n  - code: en\nstart_flow: hello\nsafety_flow: safety\n",
        ["flows/hello.yaml"] = "id: hello\ntitle: hello.title\nstart: greet\nstates:\n  greet:\n    type: message\n    say: [hello.hi]\n    next: bye\n  bye:\n    type: end\n",
        ["flows/safety.yaml"] = "id: safety\nkind: safety\nstart: lines\nstates:\n  lines:\n    type: helplines\n    say: [safety.intro]\n    next: person\n  person:\n    type: handoff\n    handoff_to: counsellor\n    next: done\n  done:\n    type: end\n",
        ["exercises/breathe.yaml"] = "id: breathe\nkind: breathing\ntitle: Breathe\nsummary: Slow breathing.\nsteps:\n  - Breathe in.\nduration_minutes: 1\n",
        ["helplines/intl.yaml"] = "helplines:\n  - country: \"*\"\n    name: Find a Helpline\n    url: https://findahelpline.com\n    languages: [\"*\"]\n    source: https://findahelpline.com\n",
        ["messages/en.yaml"] = "locale: en\nmessages:\n  hello.title: Hello\n  hello.hi: Hi there\n  safety.intro: You matter.\n",
    };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "wbk-cli-" + Guid.NewGuid().ToString("N"));

    public ContentValidateCommandTests()
    {
        foreach (var (path, text) in ValidPack)
        {
            Write(path, text);
        }
    }

    [Fact]
    public void A_valid_pack_exits_0_with_a_summary()
    {
        var (exit, output, _) = Run("content", "validate", _directory);

        exit.Should().Be(0);
        output.Should().Equal($"{_directory}: valid content pack 'cli-pack' 2.1.0: 1 exercises, 2 flows, 0 questionnaires, 1 helplines, 1 locales (en)");
    }

    [Fact]
    public void An_invalid_pack_exits_1_with_one_line_per_problem()
    {
        Write("flows/hello.yaml", ValidPack["flows/hello.yaml"].Replace("next: bye", "next: by", StringComparison.Ordinal));
        Write("exercises/breathe.yaml", ValidPack["exercises/breathe.yaml"] + "colour: blue\n");

        var (exit, output, error) = Run("content", "validate", _directory);

        exit.Should().Be(1);
        output.Should().Equal(
            $"{_directory}/exercises/breathe.yaml:8:1: unknown key 'colour'; expected one of: id, kind, title, summary, steps, duration_minutes, helps, emotions, contexts, requires, contraindications, prior, source",
            $"{_directory}/flows/hello.yaml:8:11: state 'greet' goes to 'by', which does not exist in flow 'hello'; did you mean 'bye'?");
        error.Should().Equal($"2 problem(s) in {_directory}");
    }

    [Fact]
    public void Warnings_are_printed_as_warning_lines_and_the_pack_still_validates()
    {
        Write("pack.yaml", ValidPack["pack.yaml"].Replace("  - code: en\n", "  - code: en\n  - code: uk\n    lexicon: en\n", StringComparison.Ordinal));
        Write("exercises/breathe.yaml", "id: breathe\nkind: breathing\ntitle: { en: Breathe, uk: Дихайте }\nsummary: { en: Slow breathing., uk: Повільне дихання. }\nsteps:\n  - { en: Breathe in., uk: Вдихніть. }\nduration_minutes: 1\n");
        Write("lint/uk.yaml", "locale: uk\nmethod_detail: [десять таблеток]\n");
        Write("messages/uk.yaml", "locale: uk\nmessages:\n  hello.title: Привіт\n  hello.hi: Привіт\n  safety.intro: Ви важливі.\n");

        var (exit, output, _) = Run("content", "validate", _directory);

        exit.Should().Be(0);
        output.Should().Equal(
            $"{_directory}/pack.yaml:7:14: warning: locale 'uk' has no crisis lexicon of its own; the 'en' lexicon screens it, so a crisis message in 'uk' reaches the safety flow only when it uses 'en' phrases. Write lexicons/uk.yaml to screen it fully",
            $"{_directory}: valid content pack 'cli-pack' 2.1.0: 1 exercises, 2 flows, 0 questionnaires, 1 helplines, 2 locales (en, uk)");
    }

    [Fact]
    public void A_missing_folder_exits_1_naming_the_folder()
    {
        var missing = _directory + "-missing";

        var (exit, output, _) = Run("content", "validate", missing);

        exit.Should().Be(1);
        output.Should().Equal($"{missing}:0:0: the folder '{missing}' does not exist");
    }

    [Fact]
    public void Subcommands_can_be_added_to_the_content_command()
    {
        var root = new RootCommand();
        root.Subcommands.Add(ContentCommand.Create());

        ContentCommand.AddSubcommand(root, new Command("diagram"));

        root.Subcommands.Should().ContainSingle(c => c.Name == "content")
            .Which.Subcommands.Select(c => c.Name).Should().Equal("validate", "diagram");
    }

    [Fact]
    public void Validate_joins_a_content_command_registered_before_it()
    {
        var root = new RootCommand();
        var content = new Command("content");
        content.Subcommands.Add(new Command("test"));
        root.Subcommands.Add(content);

        ContentCommand.AddTo(root);

        root.Subcommands.Should().ContainSingle(c => c.Name == "content")
            .Which.Subcommands.Select(c => c.Name).Should().Equal("validate", "test");
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static (int Exit, IReadOnlyList<string> Output, IReadOnlyList<string> Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(ContentCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, Lines(output), Lines(error));
    }

    private static string[] Lines(StringWriter writer) => writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    private void Write(string path, string text)
    {
        var full = Path.Combine(_directory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
