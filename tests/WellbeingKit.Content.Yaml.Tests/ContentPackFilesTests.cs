using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>The content inside the package can be taken out as files.</summary>
public sealed class ContentPackFilesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wbk-files-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void WriteSchemas_writes_every_schema_of_content_schema_as_it_is_in_the_repository()
    {
        var written = ContentPackFiles.WriteSchemas(_folder);

        var repository = Path.Combine(SchemaTests.RepositoryRoot(), "content-schema");
        written.Should().BeEquivalentTo(Directory.GetFiles(repository, "*.schema.json").Select(Path.GetFileName));
        foreach (var name in written)
        {
            File.ReadAllText(Path.Combine(_folder, name)).Should().Be(File.ReadAllText(Path.Combine(repository, name)), name);
        }
    }

    [Fact]
    public void WriteDefaultPack_writes_a_folder_that_loads_like_the_embedded_pack()
    {
        var pack = Path.Combine(_folder, "pack");

        ContentPackFiles.WriteDefaultPack(pack);

        var loaded = ContentPackLoader.LoadDirectory(pack);
        var embedded = ContentPackLoader.LoadDefault();
        loaded.Flows.Keys.Should().BeEquivalentTo(embedded.Flows.Keys);
        loaded.Exercises.Keys.Should().BeEquivalentTo(embedded.Exercises.Keys);
        loaded.Manifest.Locales.Should().BeEquivalentTo(embedded.Manifest.Locales);
    }
}
