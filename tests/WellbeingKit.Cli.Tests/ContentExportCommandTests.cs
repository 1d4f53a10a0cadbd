using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

/// <summary><c>content export-default</c>: the default pack as files an organisation can edit and validate.</summary>
public sealed class ContentExportCommandTests : IDisposable
{
    private readonly PackFolder _folder = new("wbk-export", "our-pack");

    [Fact]
    public void The_exported_default_pack_validates_as_written()
    {
        Run("content", "export-default", _folder.Directory).Exit.Should().Be(0);

        var (exit, output, _) = Run("content", "validate", _folder.Directory);

        exit.Should().Be(0);
        output.Should().ContainSingle().Which.Should().Contain("valid content pack").And.Contain("4 locales");
    }

    [Fact]
    public void The_exported_pack_carries_the_json_schemas_for_editors()
    {
        Run("content", "export-default", _folder.Directory);

        Directory.GetFiles(Path.Join(_folder.Directory, "schemas"), "*.schema.json").Select(Path.GetFileName)
            .Should().Contain(["pack.schema.json", "flow.schema.json", "exercise.schema.json", "helplines.schema.json"]);
    }

    [Fact]
    public void An_edit_that_breaks_the_exported_pack_is_reported_by_validate_with_its_line()
    {
        Run("content", "export-default", _folder.Directory);
        var flow = Directory.GetFiles(Path.Join(_folder.Directory, "flows"), "*.yaml").Order(StringComparer.Ordinal).First();
        File.AppendAllText(flow, "\nnot_a_flow_key: true\n");

        var (exit, output, _) = Run("content", "validate", _folder.Directory);

        exit.Should().Be(1);
        output.Should().Contain(l => l.Contains(Path.GetFileName(flow), StringComparison.Ordinal) && l.Contains("not_a_flow_key", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    private static (int Exit, IReadOnlyList<string> Output, IReadOnlyList<string> Error) Run(params string[] args) =>
        CliRunner.RunLines(
            root =>
            {
                ContentCommand.AddTo(root);
                ContentExportCommand.AddTo(root);
            },
            args);
}
