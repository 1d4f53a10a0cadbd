using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Tests.Risk;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("i dont want to be here anymore", "en")]
    [InlineData("ya no aguanto esta vida, me quiero morir", "es")]
    [InlineData("ojala me muriera mientras duermo", "es")]
    [InlineData("jen peux plus, je veux en finir", "fr")]
    [InlineData("je voudrais me tuer", "fr")]
    [InlineData("مش قادر اكمل خلاص", "ar")]
    [InlineData("ana 3ayez amoot khalas", "ar")]
    [InlineData("RT @user: اجزاء فيلم The Expendables http", "ar")]
    public void The_language_of_a_message_comes_from_its_text(string text, string language) =>
        LanguageIdentifier.Identify(text).Should().Be(language);

    [Theory]
    [InlineData("kms")]
    [InlineData("😭😭")]
    [InlineData("")]
    public void A_message_without_any_sign_of_its_language_is_unknown(string text) =>
        LanguageIdentifier.Identify(text).Should().Be(LanguageIdentifier.Unknown);

    [Fact]
    public async Task An_english_misspelling_rule_does_not_fire_inside_a_spanish_sentence()
    {
        var detector = LexiconRiskDetector.Create(
        [
            new WellbeingKit.Content.LexiconDefinition
            {
                Locale = "en",
                Patterns = [new WellbeingKit.Content.LexiconPattern { Id = "si", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.High, Fuzzy = true, Phrases = ["suicidal"] }],
            },
        ]);

        (await detector.AssessAsync(new RiskScreeningRequest("en la novela los personajes son suicidas y eso me gusta"))).Level.Should().Be(RiskLevel.None);
        (await detector.AssessAsync(new RiskScreeningRequest("i feel suicidl tonight"))).Level.Should().Be(RiskLevel.High);
    }
}
