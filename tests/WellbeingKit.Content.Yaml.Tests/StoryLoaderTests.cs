using System.Text;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml.Stories;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>Conversation-test files get the same hostile-input limits as content files.</summary>
public sealed class StoryLoaderTests
{
    private static IReadOnlyList<string> ProblemsWith(TestPack pack)
    {
        var act = () => StoryLoader.LoadDirectory(pack.Directory);
        return act.Should().Throw<ContentValidationException>().Which.Problems.Select(p => p.ToString()).ToList();
    }

    [Fact]
    public void A_story_file_nested_ten_thousand_levels_deep_is_refused_without_exhausting_the_stack()
    {
        using var pack = TestPack.With("stories/deep.yaml", "stories: " + new string('[', 10_000) + new string(']', 10_000));

        ProblemsWith(pack).Should().Equal("stories/deep.yaml:1:73: the YAML is nested more than 64 levels deep");
    }

    [Fact]
    public void A_story_file_that_is_not_utf8_is_refused_with_the_position_of_the_bad_byte()
    {
        using var pack = new TestPack();
        pack.WriteBytes("stories/bad.yaml", [.. Encoding.UTF8.GetBytes("stories:\n  - name: caf"), 0xE9, (byte)'\n']);

        ProblemsWith(pack).Should().Equal("stories/bad.yaml:2:14: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8");
    }

    [Fact]
    public void A_story_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var pack = new TestPack();
        Directory.CreateDirectory(pack.FullPath("stories"));
        using (var file = File.Create(pack.FullPath("stories/huge.yaml")))
        {
            file.SetLength(5L * 1024 * 1024);
        }

        ProblemsWith(pack).Should().Equal("stories/huge.yaml:0:0: the file is larger than 1024 KB; refusing to read it");
    }

    [Fact]
    public void A_valid_story_file_still_loads()
    {
        using var pack = TestPack.With("stories/ok.yaml", "stories:\n  - name: greets\n    steps:\n      - user: hello\n");

        StoryLoader.LoadDirectory(pack.Directory).Should().ContainSingle().Which.Name.Should().Be("greets");
    }
}
