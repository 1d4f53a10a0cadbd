using WellbeingKit.Text;

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
    [InlineData("yes", "yet")]
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
    public void Same_agrees_with_the_lexicon_fold(string a, string b)
    {
        var expected = TextMatch.Fold(a) is { Length: > 0 } left && left == TextMatch.Fold(b);

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

    [Theory]
    [InlineData("yesss", "yes")]
    [InlineData("Nooooo", "no")]
    [InlineData("im not safe", "I'm not safe")]
    [InlineData("JE NE SUIS PAS EN SECURITE", "je ne suis pas en sécurité")]
    [InlineData("لست في أمان", "لست فى امان")]
    public void Answers_match_with_the_lexicon_fold_of_case_accents_apostrophes_and_repeated_letters(string typed, string option)
    {
        TextMatch.Same(typed, option).Should().BeTrue();
    }

    [Theory]
    [InlineData("no I'm fine, forget it", "no | nope", 2)]
    [InlineData("no I'm fine, forget it", "i'm fine | forget it", 9)]
    [InlineData("I'm not safe", "safe | not safe", 8)]
    [InlineData("help me with my essay", "=help", 0)]
    [InlineData("help", "=help", 4)]
    public void The_longest_phrase_found_as_whole_words_wins_and_an_equals_sign_asks_for_the_whole_message(string typed, string phrases, int expected)
    {
        TextMatch.LongestMatch(typed, TextMatch.Phrases(phrases)).Should().Be(expected);
    }
}
