using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Tests.Risk;

/// <summary>Frame cues (<c>news:</c>, <c>recovery:</c>, <c>professional:</c>, <c>fiction:</c>): a crisis told about, not lived.</summary>
public sealed class FrameCueTests
{
    private static readonly LexiconRiskDetector Detector = LexiconRiskDetector.Create(
    [
        new LexiconDefinition
        {
            Locale = "en",
            Patterns =
            [
                new LexiconPattern { Id = "si.die", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.High, Phrases = ["want to die", "suicide"] },
                new LexiconPattern { Id = "si.tonight", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.Imminent, Phrases = ["ending it tonight"] },
                new LexiconPattern { Id = "abuse.hits", Category = RiskCategory.AbuseOrViolence, Level = RiskLevel.High, Phrases = ["he hits me"] },
                new LexiconPattern { Id = "distress", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.Low, Phrases = ["hopeless", "worthless"] },
            ],
            News = ["according to"],
            Recovery = ["so glad i didnt"],
            Professional = ["my patient"],
            Fiction = ["the chorus"],
        },
    ]);

    [Theory]
    [InlineData("according to the report suicide rates rose")]
    [InlineData("i used to want to die and im so glad i didnt")]
    [InlineData("my patient says she thinks about suicide, what do i do")]
    [InlineData("the chorus goes i want to die young")]
    public async Task A_crisis_phrase_near_a_frame_cue_is_lowered_to_low(string text)
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest(text));

        result.Level.Should().Be(RiskLevel.Low);
    }

    [Fact]
    public async Task A_frame_cue_speaks_for_the_next_sentence_too()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("three years ago i thought about suicide a lot. so glad i didnt"));

        result.Level.Should().Be(RiskLevel.Low);
    }

    [Fact]
    public async Task A_frame_cue_far_from_the_phrase_in_a_long_post_does_not_lower_it()
    {
        const string text = "according to my mum i am fine. but nobody sees what happens after school or at night when the house goes quiet and i lie awake and i want to die";

        var result = await Detector.AssessAsync(new RiskScreeningRequest(text));

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task An_imminent_phrase_keeps_its_level_in_a_frame()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("the chorus is stuck in my head and im ending it tonight"));

        result.Level.Should().Be(RiskLevel.Imminent);
    }

    [Fact]
    public async Task An_abuse_disclosure_is_not_lowered_by_a_frame()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("according to the police nothing can be done but he hits me every night"));

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task Framed_distress_words_do_not_add_up_to_moderate()
    {
        var framed = await Detector.AssessAsync(new RiskScreeningRequest("the chorus is so hopeless and worthless"));
        var lived = await Detector.AssessAsync(new RiskScreeningRequest("i feel so hopeless and worthless"));

        framed.Level.Should().Be(RiskLevel.Low);
        lived.Level.Should().Be(RiskLevel.Moderate);
    }

    [Fact]
    public async Task A_model_alarm_on_a_short_framed_message_is_capped_at_low()
    {
        var result = await Screen("listening to the chorus on the bus, such a sad one", RiskLevel.Moderate);

        result.Level.Should().Be(RiskLevel.Low);
    }

    [Fact]
    public async Task A_model_alarm_on_a_message_without_a_frame_is_kept()
    {
        var result = await Screen("listening to music on the bus, such a sad day", RiskLevel.Moderate);

        result.Level.Should().Be(RiskLevel.Moderate);
    }

    [Fact]
    public async Task A_model_alarm_on_a_long_framed_post_is_kept()
    {
        var text = "the chorus " + string.Join(' ', Enumerable.Repeat("and then another long day", 10));

        var result = await Screen(text, RiskLevel.High);

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task A_model_reading_abuse_in_a_framed_message_is_not_capped()
    {
        var result = await Screen("according to my aunt i deserve the bruises", RiskLevel.Moderate, RiskCategory.AbuseOrViolence);

        result.Level.Should().Be(RiskLevel.Moderate);
    }

    private static async Task<RiskAssessment> Screen(string text, RiskLevel model, RiskCategory category = RiskCategory.SuicidalIdeation)
    {
        var screener = new RiskScreener([Detector, new FixedModel(model, category)], Options.Create(new WellbeingKitOptions()), NullLogger<RiskScreener>.Instance);
        return await screener.AssessAsync(new RiskScreeningRequest(text));
    }
}
