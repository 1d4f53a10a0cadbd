using WellbeingKit.Content;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Tests.Risk;

/// <summary>A two-part pattern (<c>only_with:</c>) whose parts a comma splits: a Low cue that adds up, not a full match.</summary>
public sealed class CompanionClauseTests
{
    private static readonly LexiconRiskDetector Detector = LexiconRiskDetector.Create(
    [
        new LexiconDefinition
        {
            Locale = "en",
            Patterns =
            [
                new LexiconPattern { Id = "others.intent", Category = RiskCategory.HarmToOthers, Level = RiskLevel.High, Phrases = ["im going to hurt him"], OnlyWith = ["knife"] },
                new LexiconPattern { Id = "others.threat", Category = RiskCategory.HarmToOthers, Level = RiskLevel.Low, Phrases = ["he will pay"] },
            ],
        },
    ]);

    [Fact]
    public async Task Both_parts_in_one_clause_keep_the_patterns_level()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("im going to hurt him with a knife"));

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task Parts_split_by_a_comma_count_as_a_low_cue()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("im going to hurt him, i have a knife"));

        result.Level.Should().Be(RiskLevel.Low);
    }

    [Fact]
    public async Task Parts_split_by_a_comma_add_up_with_another_low_cue()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("im going to hurt him, i have a knife, he will pay"));

        result.Level.Should().Be(RiskLevel.Moderate);
    }

    [Fact]
    public async Task A_companion_two_clauses_away_does_not_count()
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest("im going to hurt him, lol, i bought a knife for the kitchen"));

        result.Level.Should().Be(RiskLevel.None);
    }
}
