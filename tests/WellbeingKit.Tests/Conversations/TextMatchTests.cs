using WellbeingKit.Conversations.Runtime;

namespace WellbeingKit.Tests.Conversations;

public sealed class TextMatchTests
{
    [Theory]
    [InlineData("  Yes!! ", "yes")]
    [InlineData("box-breathing", "Box breathing")]
    [InlineData("Sí", "si")]
    [InlineData("¡SÍ!", "sí")]
    public void An_answer_matches_its_option_whatever_the_case_accents_and_punctuation(string answer, string option)
    {
        TextMatch.Same(answer, option).Should().BeTrue();
    }

    [Theory]
    [InlineData("yes", "yess")]
    [InlineData("no", "not")]
    [InlineData("box breathing", "boxbreathing")]
    [InlineData("!!!", "???")]
    [InlineData("", "")]
    public void Different_words_and_text_without_letters_do_not_match(string answer, string option)
    {
        TextMatch.Same(answer, option).Should().BeFalse();
    }

    [Theory]
    [InlineData("I'm OK", "im ok")]
    [InlineData("I'm OK", "i m ok")]
    [InlineData("...ok...", "ok")]
    [InlineData("a1 b2", "A1-B2")]
    [InlineData("Talk to a person", "talk  to a person!")]
    [InlineData(" ", "x")]
    [InlineData("9", "9.")]
    public void The_quick_ascii_comparison_agrees_with_the_full_normalization(string a, string b)
    {
        var expected = TextMatch.Normalize(a) is { Length: > 0 } left && left == TextMatch.Normalize(b);

        TextMatch.Same(a, b).Should().Be(expected);
    }

    [Theory]
    [InlineData("I feel so anxious today", "anxious", true)]
    [InlineData("Je me sens très ANXIEUX.", "anxieux", true)]
    [InlineData("so much sadness", "sad", false)]
    [InlineData("can't sleep at night", "can't sleep", true)]
    public void A_trigger_phrase_matches_whole_words_only(string text, string phrase, bool expected)
    {
        TextMatch.ContainsNormalizedPhrase(TextMatch.Pad(text), phrase).Should().Be(expected);
    }
}
