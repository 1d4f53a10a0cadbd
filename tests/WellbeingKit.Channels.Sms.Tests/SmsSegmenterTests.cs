using WellbeingKit.Channels.Sms;

namespace WellbeingKit.Channels.Sms.Tests;

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
    public void Parts_are_filled_to_153_septets_and_join_back_to_the_text()
    {
        var text = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}"));

        var parts = SmsSegmenter.Split(text);

        string.Concat(parts).Should().Be(text);
        parts.Take(parts.Count - 1).Should().OnlyContain(p => p.Length == SmsSegmenter.Gsm7Part);
    }

    [Fact]
    public void Ucs2_parts_are_filled_to_67_units()
    {
        var parts = SmsSegmenter.Split(Words(300, "هدوء "));

        parts.Take(parts.Count - 1).Should().OnlyContain(p => p.Length == SmsSegmenter.Ucs2Part);
    }

    [Fact]
    public void A_gsm7_escape_pair_is_never_split_across_parts()
    {
        var parts = SmsSegmenter.Split(new string('a', 152) + "€" + new string('b', 20));

        parts[0].Should().Be(new string('a', 152));
        parts[1].Should().StartWith("€");
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

    [Fact]
    public void French_accents_outside_gsm7_lose_their_accent_and_those_in_gsm7_stay()
    {
        var text = SmsSegmenter.TransliterateLetters("Être là, c'est déjà ça: une fenêtre, un cœur, où? élève, naïf");

        text.Should().Be("Etre là, c'est déjà ca: une fenetre, un coeur, où? élève, naif");
        SmsSegmenter.EncodingOf(text).Should().Be(SmsEncoding.Gsm7);
    }

    [Fact]
    public void Spanish_accents_outside_gsm7_lose_their_accent_and_enye_stays()
    {
        SmsSegmenter.TransliterateLetters("¿Cómo estás? mañana aquí, según").Should().Be("¿Como estas? mañana aqui, segun");
    }

    [Fact]
    public void Transliteration_leaves_arabic_alone()
    {
        SmsSegmenter.TransliterateLetters("مرحبا").Should().Be("مرحبا");
    }

    [Fact]
    public void One_accent_no_longer_turns_a_french_reply_into_ucs2_parts()
    {
        var text = Words(300, "bonjour ") + "ê";

        SmsSegmenter.Split(text).Should().HaveCount(5);
        SmsSegmenter.Split(SmsSegmenter.TransliterateLetters(text)).Should().HaveCount(2);
    }
}
