using WellbeingKit.Content;

namespace WellbeingKit.Tests.Conversations;

public sealed class PlaceholdersTests
{
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["name"] = "Sam",
        ["brand"] = "Calm Corner",
        ["note"] = "{brand} is {name}",
    };

    private static string Fill(string text) => Placeholders.Fill(text, Values, static (name, values) => values.GetValueOrDefault(name));

    [Fact]
    public void Known_placeholders_are_filled()
    {
        Fill("Hi {name}, welcome to {brand}.").Should().Be("Hi Sam, welcome to Calm Corner.");
    }

    [Fact]
    public void A_value_that_looks_like_a_placeholder_is_not_filled_again()
    {
        Fill("You wrote: {note}").Should().Be("You wrote: {brand} is {name}");
    }

    [Fact]
    public void Unknown_and_broken_placeholders_stay_as_written()
    {
        Fill("{unknown} {} {name {{name}} {name}").Should().Be("{unknown} {} {name {Sam} Sam");
    }

    [Fact]
    public void Text_without_a_brace_is_returned_as_the_same_instance()
    {
        var text = "Take a slow breath in.";

        Fill(text).Should().BeSameAs(text);
    }
}
