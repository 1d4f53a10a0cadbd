using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

/// <summary><c>content export-default</c>: the default pack as files an organisation can edit and validate.</summary>
public sealed class ContentExportCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "wbk-export-" + Guid.NewGuid().ToString("N"), "our-pack");

    [Fact]
    public void The_exported_default_pack_validates_as_written()
    {
        Run("content", "export-default", _directory).Exit.Should().Be(0);

        var (exit, output, _) = Run("content", "validate", _directory);

        exit.Should().Be(0);
        output.Should().ContainSingle().Which.Should().Contain("valid content pack").And.Contain("4 locales");
    }

    [Fact]
    public void The_exported_pack_carries_the_json_schemas_for_editors()
    {
        Run("content", "export-default", _directory);

        Directory.GetFiles(Path.Join(_directory, "schemas"), "*.schema.json").Select(Path.GetFileName)
            .Should().Contain(["pack.schema.json", "flow.schema.json", "exercise.schema.json", "helplines.schema.json"]);
    }

    [Fact]
    public void An_edit_that_breaks_the_exported_pack_is_reported_by_validate_with_its_line()
    {
        Run("content", "export-default", _directory);
        var flow = Directory.GetFiles(Path.Join(_directory, "flows"), "*.yaml").Order(StringComparer.Ordinal).First();
        File.AppendAllText(flow, "\nnot_a_flow_key: true\n");

        var (exit, output, _) = Run("content", "validate", _directory);

        exit.Should().Be(1);
        output.Should().Contain(l => l.Contains(Path.GetFileName(flow), StringComparison.Ordinal) && l.Contains("not_a_flow_key", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_is()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Join(_directory, "notes.txt"), "mine");

        var (exit, _, error) = Run("content", "export-default", _directory);

        exit.Should().Be(1);
        error.Should().Equal($"{_directory}: the folder '{_directory}' is not empty; choose a new folder for the pack");
        Directory.EnumerateFileSystemEntries(_directory).Should().ContainSingle();
    }

    public void Dispose()
    {
        var parent = Path.GetDirectoryName(_directory)!;
        if (Directory.Exists(parent))
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    private static (int Exit, IReadOnlyList<string> Output, IReadOnlyList<string> Error) Run(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(
            root =>
            {
                ContentCommand.AddTo(root);
                ContentExportCommand.AddTo(root);
            },
            args);
        return (exit, Lines(output), Lines(error));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
