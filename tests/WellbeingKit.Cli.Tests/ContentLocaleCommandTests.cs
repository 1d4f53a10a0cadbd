using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

/// <summary><c>content add-locale</c> / <c>remove-locale</c>: a language is added as a partial locale and removed without leftovers.</summary>
public sealed class ContentLocaleCommandTests : IDisposable
{
    private readonly PackFolder _folder = new("wbk-locale", "pack");

    [Fact]
    public void An_added_locale_is_refused_by_validate_only_for_its_safety_texts_and_crisis_phrases()
    {
        Run("content", "init", _folder.Directory).Exit.Should().Be(0);

        var (addExit, addOutput, _) = Run("content", "add-locale", _folder.Directory, "uk");
        var (exit, output, _) = Run("content", "validate", _folder.Directory);

        addExit.Should().Be(0);
        addOutput.Should().Contain(l => l.Contains("messages/uk.yaml holds the", StringComparison.Ordinal) && l.Contains("texts of the safety flow(s), empty", StringComparison.Ordinal));
        exit.Should().Be(1);
        output.Where(l => !l.Contains(": warning: ", StringComparison.Ordinal)).Should().OnlyContain(l => l.Contains("is empty: write its text in 'uk'", StringComparison.Ordinal) || l.Contains("locale 'uk' has no crisis lexicon", StringComparison.Ordinal));
        output.Should().Contain(l => l.Contains("locale 'uk' has no crisis lexicon", StringComparison.Ordinal));
    }

    [Fact]
    public void A_removed_locale_leaves_a_valid_pack()
    {
        Run("content", "init", _folder.Directory, "--locales", "en,es").Exit.Should().Be(0);

        var (exit, output, _) = Run("content", "remove-locale", _folder.Directory, "es");

        exit.Should().Be(0);
        output[0].Should().Contain("messages/es.yaml (deleted)");
        Run("content", "validate", _folder.Directory).Exit.Should().Be(0);
    }

    [Fact]
    public void Removing_the_default_locale_is_refused_with_one_line()
    {
        Run("content", "init", _folder.Directory).Exit.Should().Be(0);

        var (exit, _, error) = Run("content", "remove-locale", _folder.Directory, "en");

        exit.Should().Be(1);
        error.Should().Equal($"{_folder.Directory}: 'en' is the pack's default locale (default_locale in pack.yaml); choose another default first");
    }

    public void Dispose() => _folder.Dispose();

    private static (int Exit, IReadOnlyList<string> Output, IReadOnlyList<string> Error) Run(params string[] args) =>
        CliRunner.RunLines(
            root =>
            {
                ContentCommand.AddTo(root);
                ContentInitCommand.AddTo(root);
                ContentLocaleCommand.AddTo(root);
            },
            args);
}
