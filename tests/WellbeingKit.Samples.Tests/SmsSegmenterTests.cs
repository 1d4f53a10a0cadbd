using WellbeingKit.Samples.Humanitarian;

namespace WellbeingKit.Samples.Tests;

public sealed class SmsSegmenterTests
{
    private static string Words(int length, string word = "calm ") =>
        string.Concat(Enumerable.Repeat(word, (length / word.Length) + 1))[..length];

    [Fact]
    public void Gsm7_text_of_160_characters_is_one_sms()
    {
        var text = Words(160);

        SmsSegmenter.Split(text).Should().Equal(text);
    }

    [Fact]
    public void Gsm7_text_of_161_characters_is_split_into_parts_of_at_most_153()
    {
        var parts = SmsSegmenter.Split(Words(161));

        parts.Should().HaveCount(2);
        parts.Should().OnlyContain(p => SmsSegmenter.Length(p, SmsEncoding.Gsm7) <= SmsSegmenter.Gsm7Part);
    }

    [Fact]
    public void Arabic_text_of_70_characters_is_one_ucs2_sms()
    {
        var text = Words(70, "هدوء ");

        SmsSegmenter.EncodingOf(text).Should().Be(SmsEncoding.Ucs2);
        SmsSegmenter.Split(text).Should().ContainSingle();
    }

    [Fact]
    public void Arabic_text_of_71_characters_is_split_into_parts_of_at_most_67()
    {
        var parts = SmsSegmenter.Split(Words(71, "هدوء "));

        parts.Should().HaveCount(2);
        parts.Should().OnlyContain(p => p.Length <= SmsSegmenter.Ucs2Part);
    }

    [Fact]
    public void One_non_gsm_character_makes_the_whole_text_ucs2()
    {
        var text = Words(100) + "ş";

        SmsSegmenter.EncodingOf(text).Should().Be(SmsEncoding.Ucs2);
        SmsSegmenter.Split(text).Should().OnlyContain(p => p.Length <= SmsSegmenter.Ucs2Part);
    }

    [Fact]
    public void Gsm7_extension_characters_count_as_two_septets()
    {
        SmsSegmenter.Split(new string('€', 80)).Should().ContainSingle();
        SmsSegmenter.Split(new string('€', 81)).Should().HaveCount(2).And.OnlyContain(p => p.Length <= 76);
    }

    [Fact]
    public void An_emoji_is_never_cut_in_half()
    {
        var text = new string('a', 66) + "😀" + new string('b', 10);

        var parts = SmsSegmenter.Split(text);

        parts.Should().OnlyContain(p => !char.IsHighSurrogate(p[p.Length - 1]) && !char.IsLowSurrogate(p[0]));
        string.Concat(parts).Should().Be(text);
    }

    [Fact]
    public void Splitting_at_spaces_keeps_every_word_whole()
    {
        var text = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}"));

        var parts = SmsSegmenter.Split(text);

        string.Join(' ', parts).Should().Be(text);
        parts.SelectMany(p => p.Split(' ')).Should().OnlyContain(w => w.StartsWith("word", StringComparison.Ordinal));
    }

    [Fact]
    public void Typographic_punctuation_becomes_gsm7_so_english_stays_in_160_character_sms()
    {
        var text = SmsSegmenter.GsmPunctuation("You don\u2019t have to face this alone \u2014 \u201Ccall\u201D\u2026");

        text.Should().Be("You don't have to face this alone - \"call\"...");
        SmsSegmenter.EncodingOf(text).Should().Be(SmsEncoding.Gsm7);
    }

    [Fact]
    public void Letters_outside_gsm7_are_never_replaced()
    {
        SmsSegmenter.GsmPunctuation("bien-être مرحبا").Should().Be("bien-être مرحبا");
    }
}
