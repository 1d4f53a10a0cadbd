using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

/// <summary><c>content lexicon expand</c>: an author sees what a phrase written with a verb marker stands for.</summary>
public sealed class ContentLexiconCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "wbk-lexicon-" + Guid.NewGuid().ToString("N") + ".yaml");

    [Fact]
    public void A_lexicon_file_lists_each_marked_phrase_with_its_place_and_forms()
    {
        File.WriteAllText(_file, "locale: es\npatterns:\n  - id: si.test\n    category: suicidal-ideation\n    phrases: [no quiero vivir, ojala me <morir:subj>]\n");

        var (exit, output, _) = Run("content", "lexicon", "expand", _file);

        exit.Should().Be(0);
        output.Should().StartWith($"{_file}:5:32: ojala me <morir:subj> (5 forms)\n  ojala me muera\n");
    }

    [Fact]
    public void A_phrase_that_does_not_expand_exits_one_with_its_place()
    {
        File.WriteAllText(_file, "locale: es\npatterns:\n  - id: si.test\n    category: suicidal-ideation\n    phrases:\n      - quiero <muerte>\n");

        var (exit, _, error) = Run("content", "lexicon", "expand", _file);

        exit.Should().Be(1);
        error.Should().StartWith($"{_file}:6:9: the phrase 'quiero <muerte>', at character 8: 'muerte' is not a es verb");
    }

    public void Dispose() => File.Delete(_file);

    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(ContentLexiconCommand.AddTo, args);
}
