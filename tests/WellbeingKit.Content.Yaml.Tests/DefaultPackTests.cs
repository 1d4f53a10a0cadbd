using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>The default pack, as embedded: every file matches its schema, and the pack loads with no problem.</summary>
public sealed class DefaultPackTests
{
    public static TheoryData<string> DefaultPackFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ContentPackLoader.DefaultFiles())
        {
            data.Add(file.Path);
        }

        return data;
    }

    [Fact]
    public void The_default_pack_has_a_manifest()
    {
        ContentPackLoader.DefaultFiles().Select(f => f.Path).Should().Contain("pack.yaml");
    }

    [Fact]
    public void Every_yaml_file_of_the_default_pack_matches_its_schema()
    {
        var failures = new List<string>();
        var files = ContentPackLoader.DefaultFiles();
        foreach (var file in files)
        {
            var kind = PackReader.Classify(file.Path, out _);
            if (kind is null)
            {
                continue;
            }

            using var stream = file.Open();
            using var reader = new StreamReader(stream);
            var parsed = YamlTreeReader.Read(reader.ReadToEnd(), ContentLimits.Default);
            failures.AddRange(parsed.Problems.Select(p => $"{file.Path}:{p.Position.Line}:{p.Position.Column}: {p.Message}"));
            if (parsed.Root is null)
            {
                failures.Add($"{file.Path}: empty or unreadable");
                continue;
            }

            failures.AddRange(ContentSchemas.Validate(kind.Value, parsed.Root).Select(p =>
            {
                var at = p.AtKey ? parsed.Positions.Key(p.Pointer) : parsed.Positions.Value(p.Pointer);
                return $"{file.Path}:{at.Line}:{at.Column}: {p.Message}";
            }));
        }

        files.Should().Contain(f => f.Path == "pack.yaml");
        failures.Should().BeEmpty();
    }

    [Fact]
    public void The_default_pack_loads_with_no_problem()
    {
        var act = () => ContentPackLoader.LoadDefault();
        act.Should().NotThrow();
    }
}
