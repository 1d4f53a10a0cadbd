namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>YAML slips reported in plain words at the line and column where the author made them.</summary>
public sealed class YamlErrorTests
{
    private static IReadOnlyList<string> ProblemsWith(string path, string text)
    {
        using var pack = TestPack.With(path, text);
        return pack.Problems();
    }

    private static string Daily(string from, string to)
    {
        var text = TestPack.ValidFiles["flows/daily.yaml"];
        text.Should().Contain(from);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_on_its_own_line()
    {
        ProblemsWith("flows/daily.yaml", Daily("  finish:\n    type: end", "  finish:\n\ttype: end"))
            .Should().Equal("flows/daily.yaml:21:1: this line is indented with a tab; YAML needs spaces: replace the tab with spaces so the line lines up with the ones above");
    }

    [Fact]
    public void A_colon_in_a_plain_value_asks_for_quotes()
    {
        ProblemsWith("messages/en.yaml", TestPack.ValidFiles["messages/en.yaml"].Replace("daily.bye: Thank you.", "daily.bye: Note: thank you.", StringComparison.Ordinal))
            .Should().ContainSingle().Which.Should().StartWith("messages/en.yaml:7:")
            .And.EndWith("this value contains ': ', which YAML reads as the start of a new key; put the whole value in double quotes, for example say: \"Note: text\"");
    }

    [Fact]
    public void An_indentation_slip_is_reported_in_plain_words()
    {
        ProblemsWith("flows/daily.yaml", Daily("    exercise: box-breathing\n", "   exercise: box-breathing\n"))
            .Should().ContainSingle().Which.Should().StartWith("flows/daily.yaml:18:")
            .And.Contain("the indentation does not line up");
    }
}
