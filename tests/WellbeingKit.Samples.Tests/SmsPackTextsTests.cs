using WellbeingKit.AspNetCore.Tests;
using WellbeingKit.Channels.Sms;
using WellbeingKit.Content;
using WellbeingKit.Conversations;

namespace WellbeingKit.Samples.Tests;

public sealed class SmsPackTextsTests
{
    private static readonly ContentPack Pack = TestContent.Pack with
    {
        Messages = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = new Dictionary<string, string>
            {
                ["greet"] = "Hi, I'm {brand}. I'm so glad that you're here today.",
                ["sms.greet"] = "Hi, {brand} here.",
                ["sms.max_parts"] = "3",
                ["sms.safety.no-verified-number"] = "No checked number for your country; see the directory below.",
            },
            ["es"] = new Dictionary<string, string> { ["greet"] = "Hola, soy {brand}. Me alegra mucho que estés aquí hoy." },
            ["ar"] = new Dictionary<string, string> { ["sms.max_parts"] = "4" },
            ["pt"] = new Dictionary<string, string>
            {
                ["sms.keywords.opt_out"] = "PARE, SAIR",
                ["sms.keywords.opt_in"] = "VOLTAR",
                ["sms.channel.opt_out"] = "Você não receberá mais mensagens. Envie VOLTAR para voltar.",
            },
        },
    };

    [Fact]
    public void A_message_the_pack_has_an_sms_variant_of_is_sent_as_that_variant_with_its_values()
    {
        var reply = new Reply { Messages = [new ReplyMessage("Hi, I'm Kit. I'm so glad that you're here today.")], Locale = "en" };

        SmsReplyFormatter.Format(reply, SmsPackTexts.Of(Pack)).Should().Be("Hi, Kit here.");
    }

    [Fact]
    public void A_text_the_kit_says_itself_takes_the_packs_sms_variant_too()
    {
        var builtIn = WellbeingKit.Safety.BuiltInTexts.Get("safety.no-verified-number", "en")!;

        SmsPackTexts.Of(Pack).Shorten(builtIn, "en-GB").Should().Be("No checked number for your country; see the directory below.");
    }

    [Fact]
    public void A_text_without_a_variant_in_its_own_locale_is_sent_as_it_is()
    {
        var texts = SmsPackTexts.Of(Pack);

        texts.Shorten("Hola, soy Kit. Me alegra mucho que estés aquí hoy.", "es").Should().Be("Hola, soy Kit. Me alegra mucho que estés aquí hoy.");
        texts.Shorten("Hi, I'm Kit. I'm so glad that you're here today.", "fr").Should().Be("Hi, I'm Kit. I'm so glad that you're here today.");
        texts.Shorten("Something else entirely.", "en").Should().Be("Something else entirely.");
    }

    [Fact]
    public void The_pack_sets_the_part_budget_of_each_locale()
    {
        var texts = SmsPackTexts.Of(Pack);

        texts.MaxParts("ar").Should().Be(4);
        texts.MaxParts("ar-JO").Should().Be(4);
        texts.MaxParts("en").Should().Be(3);
        texts.MaxParts("es").Should().BeNull();
    }

    [Fact]
    public void Of_several_directories_only_the_first_is_sent_and_every_number_is_kept()
    {
        var reply = new Reply
        {
            Messages = [new ReplyMessage("You can reach these now:", ReplyKind.Safety)],
            Helplines =
            [
                new Helpline { Country = "GB", Name = "Samaritans", Phone = "116 123", Source = "test" },
                new Helpline { Country = Helpline.International, Name = "Find A Helpline", Url = "https://findahelpline.com", Topics = ["directory"], Source = "test" },
                new Helpline { Country = Helpline.International, Name = "IASP", Url = "https://www.iasp.info/crisis-centres-helplines/", Topics = ["directory"], Source = "test" },
            ],
        };

        SmsReplyFormatter.Format(reply).Should().Be("You can reach these now:\nSamaritans: 116 123\nFind A Helpline: findahelpline.com");
    }

    [Fact]
    public void A_pack_locale_adds_its_own_opt_out_words_and_confirmation_and_stop_still_works()
    {
        var texts = SmsPackTexts.Of(Pack);

        texts.MatchKeyword(" Pare! ").Should().Be((SmsKeyword.OptOut, "pt"));
        texts.MatchKeyword("voltar").Should().Be((SmsKeyword.OptIn, "pt"));
        texts.MatchKeyword("STOP").Should().Be((SmsKeyword.OptOut, "en"));
        texts.MatchKeyword("pare de me mandar isso").Keyword.Should().Be(SmsKeyword.None);
        texts.ChannelText("opt_out", "pt-BR", "built-in").Should().StartWith("Você não receberá");
        texts.ChannelText("opt_out", "es", "built-in").Should().Be("built-in");
    }
}
