using System.Text.RegularExpressions;
using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

/// <summary><c>content init</c>: a starting pack that validates, says what is missing, and gives editors the schemas.</summary>
public sealed class ContentInitCommandTests : IDisposable
{
    private const string UkrainianLexicon = """
        locale: uk
        patterns:
          - id: uk.suicidal-ideation
            category: suicidal-ideation
            level: high
            phrases: [не хочу жити, хочу покінчити з собою, хочу померти]
        """;

    private readonly PackFolder _folder = new("wbk-init", "refugee-pack");

    [Fact]
    public void An_english_pack_validates_as_written()
    {
        Run("content", "init", _folder.Directory, "--brand", "Hope").Exit.Should().Be(0);

        var (exit, output, _) = Run("content", "validate", _folder.Directory);

        exit.Should().Be(0);
        output.Should().ContainSingle().Which.Should().Be($"{_folder.Directory}: valid content pack 'refugee-pack' 0.1.0: 2 exercises, 2 flows, 0 questionnaires, 1 helplines, 1 locales (en)");
    }

    [Fact]
    public void A_pack_with_a_locale_the_kit_has_no_crisis_phrases_for_says_so_and_validate_refuses_it()
    {
        var (initExit, initOutput, _) = Run("content", "init", _folder.Directory, "--locales", "en,uk");
        var (exit, output, _) = Run("content", "validate", _folder.Directory);

        initExit.Should().Be(0);
        initOutput.Should().Contain(l => l.Contains("'content validate' refuses this pack until you add lexicons/uk.yaml", StringComparison.Ordinal));
        exit.Should().Be(1);
        output.Should().ContainSingle().Which.Should().StartWith($"{_folder.Directory}/pack.yaml:19:11: locale 'uk' has no crisis lexicon, so a crisis message in 'uk' would never reach the safety flow");
    }

    [Fact]
    public async Task Once_the_author_adds_a_ukrainian_lexicon_the_pack_validates_and_its_ukrainian_crisis_stories_reach_the_safety_flow()
    {
        Run("content", "init", _folder.Directory, "--locales", "en,uk", "--brand", "Hope").Exit.Should().Be(0);
        Directory.CreateDirectory(Path.Join(_folder.Directory, "lexicons"));
        await File.WriteAllTextAsync(Path.Join(_folder.Directory, "lexicons", "uk.yaml"), UkrainianLexicon);

        var validate = Run("content", "validate", _folder.Directory);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var test = await ContentTestCommand.RunAsync(_folder.Directory, output, error, CancellationToken.None);

        validate.Exit.Should().Be(0);
        test.Should().Be(0, output + error.ToString());
        output.ToString().Should().Contain("6 stories: 6 passed, 0 failed.");
        File.ReadAllText(Path.Join(_folder.Directory, "stories", "crisis.yaml")).Should().Contain("user: \"я не хочу жити\"").And.Contain("- flow: safety");
    }

    [Fact]
    public void Every_file_points_its_editor_hint_at_a_schema_copied_beside_it()
    {
        Run("content", "init", _folder.Directory, "--locales", "en,uk").Exit.Should().Be(0);

        var yamlFiles = Directory.EnumerateFiles(_folder.Directory, "*.yaml", SearchOption.AllDirectories).ToList();
        yamlFiles.Should().HaveCountGreaterThan(8);
        foreach (var file in yamlFiles)
        {
            var first = File.ReadLines(file).First();
            var match = Regex.Match(first, @"^# yaml-language-server: \$schema=(\S+)$");
            match.Success.Should().BeTrue($"{file} starts with an editor hint");
            File.Exists(Path.GetFullPath(Path.Join(Path.GetDirectoryName(file)!, match.Groups[1].Value))).Should().BeTrue($"{file} points at {match.Groups[1].Value}");
        }
    }

    [Fact]
    public void The_brand_is_a_placeholder_in_every_text_that_names_the_assistant()
    {
        Run("content", "init", _folder.Directory, "--locales", "en,uk", "--brand", "Hope").Exit.Should().Be(0);

        File.ReadAllText(Path.Join(_folder.Directory, "pack.yaml")).Should().Contain("name: \"Hope\"");
        foreach (var file in Directory.EnumerateFiles(Path.Join(_folder.Directory, "messages")))
        {
            File.ReadAllText(file).Should().NotContain("Hope").And.Contain("{brand}");
        }
    }

    public void Dispose() => _folder.Dispose();

    private static (int Exit, IReadOnlyList<string> Output, IReadOnlyList<string> Error) Run(params string[] args) =>
        CliRunner.RunLines(
            root =>
            {
                ContentCommand.AddTo(root);
                ContentInitCommand.AddTo(root);
            },
            args);
}
