using WellbeingKit.Care;
using WellbeingKit.Content;

namespace WellbeingKit.Tests.Care;

public class CarePhrasesTests
{
    [Theory]
    [InlineData("en", "stop check-ins")]
    [InlineData("en", "Please stop the check-ins")]
    [InlineData("es", "parar seguimiento")]
    [InlineData("fr", "Arrêter le suivi")]
    [InlineData("ar", "أوقف المتابعة")]
    public void Stop_check_ins_is_understood_in_every_built_in_locale(string locale, string text)
    {
        CarePhrases.Match(null, locale, text).Should().Be(CareCommand.StopCheckIns);
    }

    [Theory]
    [InlineData("en", "pause check-ins")]
    [InlineData("es", "pausar seguimiento")]
    [InlineData("fr", "mettre le suivi en pause")]
    [InlineData("ar", "أوقف المتابعة مؤقتا")]
    public void Pause_wins_over_stop_when_both_phrases_are_in_the_message(string locale, string text)
    {
        CarePhrases.Match(null, locale, text).Should().Be(CareCommand.PauseCheckIns);
    }

    [Theory]
    [InlineData("en", "start check-ins")]
    [InlineData("es", "activar seguimiento")]
    [InlineData("fr", "activer le suivi")]
    [InlineData("ar", "ابدأ المتابعة")]
    public void Start_check_ins_is_understood_in_every_built_in_locale(string locale, string text)
    {
        CarePhrases.Match(null, locale, text).Should().Be(CareCommand.StartCheckIns);
    }

    [Fact]
    public void A_message_about_something_else_is_no_command()
    {
        CarePhrases.Match(null, "en", "I can't stop worrying about my exam").Should().Be(CareCommand.None);
    }

    [Fact]
    public void A_pack_replaces_the_built_in_phrases_of_a_locale()
    {
        var pack = new ContentPack
        {
            Manifest = new PackManifest { Id = "p", Version = "1.0.0", DefaultLocale = "en" },
            Messages = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["en"] = new Dictionary<string, string> { [CareTexts.StopMatch] = "enough messages" },
            },
        };

        CarePhrases.Match(pack, "en", "enough messages").Should().Be(CareCommand.StopCheckIns);
        CarePhrases.Match(pack, "en", "stop check-ins").Should().Be(CareCommand.None);
    }

    [Fact]
    public void Every_built_in_locale_has_every_care_text()
    {
        foreach (var locale in CareTexts.Locales)
        {
            CareTexts.ForLocale(locale)!.Keys.Should().BeEquivalentTo(CareTexts.Keys, because: $"{locale} translates every key");
        }
    }

    [Fact]
    public void A_missing_locale_falls_back_to_its_language_then_english()
    {
        CareTexts.Get(null, "care.stopped", "es-MX").Should().StartWith("De acuerdo");
        CareTexts.Get(null, "care.stopped", "uk").Should().StartWith("Okay");
    }
}
