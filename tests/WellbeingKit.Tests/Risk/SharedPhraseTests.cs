using FluentAssertions;
using WellbeingKit.Content;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Tests.Risk;

/// <summary>
/// One phrase written in two patterns: the higher level is read first, and when its pattern needs a companion
/// (<c>only_with:</c>) that is not in the clause, the other pattern still reads the phrase (its own companions, or
/// none), instead of the phrase being lost to the first pattern.
/// </summary>
public sealed class SharedPhraseTests
{
    private static readonly LexiconRiskDetector Detector = LexiconRiskDetector.Create(
    [
        new LexiconDefinition
        {
            Locale = "es",
            Patterns =
            [
                new LexiconPattern { Id = "sh.relapse", Category = RiskCategory.SelfHarm, Level = RiskLevel.High, Phrases = ["recai"], OnlyWith = ["cuchilla"] },
                new LexiconPattern { Id = "sh.relapse-cue", Category = RiskCategory.SelfHarm, Level = RiskLevel.Low, Phrases = ["recai", "mangas largas"] },
                new LexiconPattern { Id = "others.act", Category = RiskCategory.HarmToOthers, Level = RiskLevel.High, Phrases = ["lo mato"], OnlyWith = ["esta noche"] },
                new LexiconPattern { Id = "others.act-2", Category = RiskCategory.HarmToOthers, Level = RiskLevel.High, Phrases = ["lo mato"], OnlyWith = ["se donde vive"] },
            ],
        },
    ]);

    [Fact]
    public async Task The_higher_pattern_reads_the_phrase_when_its_companion_is_in_the_clause()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("recai con la cuchilla"));

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task Without_the_companion_the_lower_pattern_still_reads_the_phrase()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("recai, otra vez mangas largas"));

        result.Level.Should().Be(RiskLevel.Moderate, "two Low cues add up, and 'recai' is one of them even though its High pattern found no blade");
    }

    [Fact]
    public async Task The_companions_of_a_second_pattern_with_the_same_phrase_count()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("lo mato y se donde vive"));

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task A_shared_phrase_with_no_companion_of_any_pattern_is_not_a_match()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("lo mato"));

        result.Level.Should().Be(RiskLevel.None);
    }
}
