using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Tests.Risk;

/// <summary>
/// The composite caps the ML models at Low where the lexicon reads a message as told about rather than lived (frames and
/// negations), in every language its lexicons fill, and never where a crisis is lived now.
/// </summary>
public sealed class ModelCapTests
{
    private static readonly LexiconRiskDetector Detector = LexiconRiskDetector.Create(
    [
        new LexiconDefinition
        {
            Locale = "en",
            Patterns =
            [
                new LexiconPattern { Id = "si.die", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.High, Phrases = ["want to die"] },
                new LexiconPattern { Id = "distress", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.Low, Phrases = ["hopeless"] },
                new LexiconPattern { Id = "abuse.hits", Category = RiskCategory.AbuseOrViolence, Level = RiskLevel.High, Phrases = ["hit me"] },
            ],
            Negations = ["dont", "doesnt"],
            PastMarkers = ["used to"],
            PresentMarkers = ["now", "again"],
            Recovery = ["therapy helped"],
            News = ["according to"],
        },
        new LexiconDefinition
        {
            Locale = "es",
            Patterns = [new LexiconPattern { Id = "si.morir", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.High, Phrases = ["quiero morir"] }],
            Negations = ["no"],
            PresentMarkers = ["ahora", "otra vez"],
            Recovery = ["la terapia me ayudo"],
        },
        new LexiconDefinition
        {
            Locale = "fr",
            Patterns = [new LexiconPattern { Id = "si.mourir", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.High, Phrases = ["envie de mourir"] }],
            Negations = ["pas"],
            PresentMarkers = ["maintenant", "encore"],
            Recovery = ["la therapie m'a aidee"],
        },
        new LexiconDefinition
        {
            Locale = "ar",
            Patterns = [new LexiconPattern { Id = "si.amout", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.High, Phrases = ["اريد ان اموت"] }],
            Negations = ["لا"],
            PresentMarkers = ["الان", "مرة اخرى"],
            Recovery = ["العلاج ساعدني"],
        },
    ]);

    /// <summary>Neutral words per language that make a message longer than <see cref="LexiconScreening.FramedMessageWords"/>.</summary>
    private static readonly Dictionary<string, string> Filler = new(StringComparer.Ordinal)
    {
        ["en"] = string.Join(' ', Enumerable.Repeat("these days i walk the dog in the park every morning and cook dinner with my sister", 3)),
        ["es"] = string.Join(' ', Enumerable.Repeat("estos dias paseo al perro por el parque cada manana y cocino la cena con mi hermana", 3)),
        ["fr"] = string.Join(' ', Enumerable.Repeat("ces jours ci je promene le chien au parc chaque matin et je cuisine le diner avec ma soeur", 3)),
        ["ar"] = string.Join(' ', Enumerable.Repeat("هذه الايام امشي مع الكلب في الحديقة كل صباح واطبخ العشاء مع اختي ونضحك كثيرا معا", 3)),
    };

    [Theory]
    [InlineData("en", "two years ago i used to want to die every night. therapy helped me so much and")]
    [InlineData("es", "hace dos anos quiero morir era lo que pensaba cada noche. la terapia me ayudo mucho y")]
    [InlineData("fr", "il y a deux ans javais envie de mourir chaque nuit. la therapie m'a aidee et")]
    [InlineData("ar", "قبل سنتين كنت اقول اريد ان اموت كل ليلة. العلاج ساعدني كثيرا و")]
    public async Task A_model_alarm_on_a_long_recovery_story_whose_every_crisis_phrase_is_framed_is_capped_at_low(string language, string story)
    {
        var text = $"{story} {Filler[language]}";
        Words.HasAtLeast(text, LexiconScreening.FramedMessageWords).Should().BeTrue("the story is longer than the short-message rule");

        var result = await Screen(text, RiskLevel.High);

        result.Level.Should().Be(RiskLevel.Low);
    }

    [Theory]
    [InlineData("i dont want to die, i just want the stress at work to stop")]
    [InlineData("no quiero morir, solo estoy cansada del trabajo")]
    [InlineData("je n'ai pas envie de mourir, je suis juste fatiguee du travail")]
    [InlineData("لا اريد ان اموت انا فقط متعب من العمل")]
    public async Task A_model_alarm_on_a_message_whose_crisis_phrase_the_lexicon_negated_is_capped_at_low(string text)
    {
        var result = await Screen(text, RiskLevel.Moderate);

        result.Level.Should().Be(RiskLevel.Low);
    }

    [Fact]
    public async Task A_model_alarm_on_a_long_post_with_a_negated_phrase_and_a_lived_distress_word_is_kept()
    {
        var text = $"i dont want to die but i feel hopeless. {Filler["en"]}";

        var result = await Screen(text, RiskLevel.Moderate);

        result.Level.Should().Be(RiskLevel.Moderate);
    }

    [Theory]
    [InlineData("therapy helped a lot but now i want to die again")]
    [InlineData("la terapia me ayudo mucho pero ahora quiero morir otra vez")]
    [InlineData("la therapie m'a aidee mais j'ai encore envie de mourir")]
    [InlineData("العلاج ساعدني كثيرا لكن الان اريد ان اموت مرة اخرى")]
    public async Task A_crisis_lived_now_after_a_recovery_cue_is_still_flagged(string text)
    {
        var result = await Screen(text, RiskLevel.Moderate);

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task A_past_cue_still_lowers_a_crisis_phrase_with_a_present_cue_just_after_it()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("i used to want to die now im ok"));

        result.Level.Should().Be(RiskLevel.Low);
    }

    [Fact]
    public async Task A_model_alarm_on_a_message_whose_crisis_phrase_a_past_cue_lowered_is_capped_at_low()
    {
        var result = await Screen("it used to be that i want to die was all i could think", RiskLevel.High);

        result.Level.Should().Be(RiskLevel.Low);
    }

    [Fact]
    public async Task A_model_alarm_on_a_past_crisis_beside_a_lived_distress_word_is_kept()
    {
        var result = await Screen("i used to want to die and i feel hopeless", RiskLevel.Moderate);

        result.Level.Should().Be(RiskLevel.Moderate);
    }

    [Fact]
    public async Task A_model_alarm_on_abuse_told_in_the_past_is_kept()
    {
        var result = await Screen("he used to hit me", RiskLevel.Moderate);

        result.Level.Should().Be(RiskLevel.Moderate);
    }

    [Fact]
    public async Task A_past_cue_opening_its_clause_lowers_a_crisis_phrase_further_on_in_it()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("used to think every single night that i want to die"));

        result.Level.Should().Be(RiskLevel.Low);
    }

    [Fact]
    public async Task A_past_cue_inside_a_clause_lowers_only_the_words_near_it()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("my brother and i used to play football every weekend and i want to die"));

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task A_model_alarm_where_the_lexicon_negated_an_abuse_phrase_is_kept()
    {
        var result = await Screen("he doesnt hit me when my mum is home", RiskLevel.Moderate);

        result.Level.Should().Be(RiskLevel.Moderate);
    }

    [Fact]
    public async Task A_failed_models_escalation_on_a_negated_message_is_kept()
    {
        var screener = new RiskScreener([Detector, new FixedModel(RiskLevel.Moderate, RiskCategory.SuicidalIdeation, escalated: true)], Options.Create(new WellbeingKitOptions()), NullLogger<RiskScreener>.Instance);

        var result = await screener.AssessAsync(new RiskScreeningRequest("i dont want to die, i just want the stress at work to stop"));

        result.Level.Should().Be(RiskLevel.Moderate);
        result.EscalatedOnFailure.Should().BeTrue();
    }

    private static async Task<RiskAssessment> Screen(string text, RiskLevel model)
    {
        var screener = new RiskScreener([Detector, new FixedModel(model, RiskCategory.SuicidalIdeation)], Options.Create(new WellbeingKitOptions()), NullLogger<RiskScreener>.Instance);
        return await screener.AssessAsync(new RiskScreeningRequest(text));
    }
}
