using System.Text;
using WellbeingKit.Content;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>Hostile or broken inputs are refused with a clear problem, never a crash, a hang or an exhausted stack.</summary>
public sealed class HostileInputTests
{
    private static IReadOnlyList<string> ProblemsWith(string path, string text)
    {
        using var pack = TestPack.With(path, text);
        return pack.Problems();
    }

    [Fact]
    public async Task A_fifo_in_a_pack_is_refused_as_not_a_regular_file_instead_of_hanging_the_loader()
    {
        using var pack = TestPack.With("flows/extra.yaml", null);
        var fifo = pack.FullPath("flows/extra.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            mkfifo.ExitCode.Should().Be(0);
        }

        // Without the check the loader blocks in open() forever; the wait only keeps a broken build from hanging the suite.
        var problems = await Task.Run(pack.Problems).WaitAsync(TimeSpan.FromMinutes(2));

        problems.Should().Equal("flows/extra.yaml:0:0: this is not a regular file (a FIFO, socket or device); a pack holds only regular files: replace it with the file itself");
    }

    [Fact]
    public void An_alias_bomb_is_refused()
    {
        // "Billion laughs": nine levels of nine aliases expand to 9^9 values.
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            yaml.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))).Append("]\n");
        }

        ProblemsWith("flows/bomb.yaml", yaml.ToString())
            .Should().Equal("flows/bomb.yaml:6:15: the file expands to more than 200000 values (too many aliases or values); refusing to read it");
    }

    [Fact]
    public void Ten_thousand_nested_flow_sequences_are_refused_at_the_depth_limit()
    {
        var yaml = "id: deep\nstart: a\nstates: " + new string('[', 10_000) + new string(']', 10_000);
        ProblemsWith("flows/deep.yaml", yaml)
            .Should().Equal("flows/deep.yaml:3:72: the YAML is nested more than 64 levels deep");
    }

    [Fact]
    public void Ten_thousand_nested_block_sequences_are_refused_at_the_depth_limit()
    {
        var yaml = "id: deep\nstart: a\nstates:\n  " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x";
        ProblemsWith("flows/deep.yaml", yaml)
            .Should().Equal("flows/deep.yaml:4:129: the YAML is nested more than 64 levels deep");
    }

    [Fact]
    public void Ten_thousand_nested_mappings_are_refused_at_the_depth_limit()
    {
        var yaml = "id: deep\nstart: a\nstates: " + string.Concat(Enumerable.Repeat("{a: ", 10_000)) + "x" + new string('}', 10_000);
        ProblemsWith("flows/deep.yaml", yaml)
            .Should().Equal("flows/deep.yaml:3:261: the YAML is nested more than 64 levels deep");
    }

    [Fact]
    public void A_50_megabyte_file_is_refused_before_it_is_read()
    {
        using var pack = new TestPack();
        using (var file = File.Create(pack.FullPath("exercises/huge.yaml")))
        {
            file.SetLength(50L * 1024 * 1024);
        }

        pack.Problems().Should().Equal("exercises/huge.yaml:0:0: the file is 50 MB, more than the limit of 1 MB; refusing to read it");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_the_position_of_the_bad_byte()
    {
        using var pack = new TestPack();
        var text = Encoding.UTF8.GetBytes("id: box-breathing\nkind: breathing\ntitle: caf");
        pack.WriteBytes("exercises/box-breathing.yaml", [.. text, 0xE9, (byte)'\n']);

        pack.Problems().Should().Equal("exercises/box-breathing.yaml:3:11: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8");
    }

    [Fact]
    public void A_utf16_file_is_refused()
    {
        using var pack = new TestPack();
        pack.WriteBytes("messages/es.yaml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(TestPack.ValidFiles["messages/es.yaml"])).ToArray());

        pack.Problems().Should().Equal("messages/es.yaml:1:1: the file is UTF-16, not UTF-8; save it as UTF-8");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        using var pack = new TestPack();
        pack.WriteBytes("messages/es.yaml", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TestPack.ValidFiles["messages/es.yaml"])).ToArray());

        pack.Problems().Should().BeEmpty();
    }

    [Fact]
    public void A_pack_with_too_many_files_is_refused_before_reading_them()
    {
        using var pack = new TestPack();
        for (var i = 0; i < 10; i++)
        {
            pack.WriteBytes($"exercises/e{i}.yaml", []);
        }

        var act = () => ContentPackLoader.LoadDirectory(pack.Directory, ContentLimits.Default with { MaxFiles = 12 });

        act.Should().Throw<ContentValidationException>().Which.Problems.Select(p => p.ToString())
            .Should().Equal(":0:0: the pack has 19 YAML files, more than the limit of 12; refusing to read it");
    }

    [Fact]
    public void An_alias_to_an_undefined_anchor_is_reported()
    {
        ProblemsWith("lexicons/en.yaml", "locale: en\nnegations: *missing\n")
            .Should().Equal("lexicons/en.yaml:2:12: the alias '*missing' names no anchor defined before it");
    }

    [Fact]
    public void A_mapping_used_as_a_key_is_reported()
    {
        ProblemsWith("lexicons/en.yaml", "locale: en\n? {a: b}\n: c\n")
            .Should().Equal("lexicons/en.yaml:2:3: a key must be plain text, not a mapping or a list");
    }

    [Fact]
    public void Aliases_within_the_limits_are_expanded()
    {
        using var pack = TestPack.With("lexicons/en.yaml", "locale: en\nfiction: &told [in my novel, in the comic]\nnews: *told\n");
        var loaded = ContentPackLoader.LoadDirectory(pack.Directory);
        // Words that cancel no built-in crisis phrase (the floor check refuses a pack whose markers would, e.g. "not" as a past marker).
        loaded.Lexicons["en"].News.Should().Contain(["in my novel", "in the comic"], "the alias *told expands to the anchored list (merged over the default lexicon)");
    }

    [Fact]
    public void YamlDotNet_parser_streams_ten_thousand_levels_without_recursing()
    {
        // The loader reads YamlDotNet's event stream (not its recursive representation model) and stops at
        // 64 levels; this shows the parser underneath is iterative, so even the events cannot blow the stack.
        var parser = new YamlDotNet.Core.Parser(new StringReader(new string('[', 10_000) + new string(']', 10_000)));
        var starts = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is YamlDotNet.Core.Events.SequenceStart)
            {
                starts++;
            }
        }

        starts.Should().Be(10_000);
    }
}
