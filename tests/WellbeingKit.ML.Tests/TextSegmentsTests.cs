namespace WellbeingKit.ML.Tests;

public sealed class TextSegmentsTests
{
    [Fact]
    public void A_short_message_is_screened_whole()
    {
        TextSegments.ForScreening("Hi. I feel awful today.").Should().Equal(new TextSegment(0, 23));
    }

    [Fact]
    public void Sentences_are_split_on_end_punctuation_and_new_lines_and_trimmed()
    {
        const string text = "First one!  Second one?\nThird one... and the rest";

        var spans = TextSegments.Split(text).Select(s => text.Substring(s.Start, s.Length));

        spans.Should().Equal("First one!", "Second one?", "Third one...", "and the rest");
    }
}
