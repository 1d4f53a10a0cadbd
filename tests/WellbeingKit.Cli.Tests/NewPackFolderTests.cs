using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

/// <summary><c>content init</c> and <c>content export-default</c> write a pack into a new folder only.</summary>
public sealed class NewPackFolderTests : IDisposable
{
    private readonly PackFolder _folder = new("wbk-new-pack", "pack");

    [Theory]
    [InlineData("init")]
    [InlineData("export-default")]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_is(string command)
    {
        var directory = _folder.Directory;
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Join(directory, "notes.txt"), "mine");

        var (exit, _, error) = CliRunner.RunLines(
            root =>
            {
                ContentCommand.AddTo(root);
                ContentInitCommand.AddTo(root);
                ContentExportCommand.AddTo(root);
            },
            "content",
            command,
            directory);

        exit.Should().Be(1);
        error.Should().Equal($"{directory}: the folder '{directory}' is not empty; choose a new folder for the pack");
        Directory.EnumerateFileSystemEntries(directory).Should().ContainSingle();
    }

    public void Dispose() => _folder.Dispose();
}
