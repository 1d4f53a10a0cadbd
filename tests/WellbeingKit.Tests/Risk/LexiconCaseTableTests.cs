using WellbeingKit.Risk;

namespace WellbeingKit.Tests.Risk;

public sealed class LexiconCaseTableTests
{
    [Theory]
    [MemberData(nameof(RiskCases.All), MemberType = typeof(RiskCases))]
    public async Task Each_hand_written_case_gets_its_expected_level_and_category(RiskCase riskCase)
    {
        var result = await RiskCases.Detector.AssessAsync(new RiskScreeningRequest(riskCase.Text) { Locale = riskCase.Locale });

        var expected = riskCase.Expected;
        if (expected.StartsWith(">=", StringComparison.Ordinal))
        {
            ((int)result.Level).Should().BeGreaterThanOrEqualTo((int)Enum.Parse<RiskLevel>(expected[2..]), riskCase.ToString());
        }
        else if (expected.StartsWith("<=", StringComparison.Ordinal))
        {
            ((int)result.Level).Should().BeLessThanOrEqualTo((int)Enum.Parse<RiskLevel>(expected[2..]), riskCase.ToString());
        }
        else
        {
            result.Level.Should().Be(Enum.Parse<RiskLevel>(expected), riskCase.ToString());
        }

        if (riskCase.Category != "-")
        {
            result.Categories.Should().NotBeEmpty(riskCase.ToString());
            Kebab(result.Categories[0]).Should().Be(riskCase.Category, riskCase.ToString());
        }
    }

    [Fact]
    public void The_case_table_covers_every_language_with_at_least_twenty_cases()
    {
        var cases = RiskCases.Load();

        cases.Should().HaveCountGreaterThanOrEqualTo(150);
        foreach (var locale in new[] { "en", "es", "fr", "ar" })
        {
            cases.Count(c => c.Locale == locale).Should().BeGreaterThanOrEqualTo(20, locale);
        }
    }

    private static string Kebab(RiskCategory category) => category switch
    {
        RiskCategory.SuicidalIdeation => "suicidal-ideation",
        RiskCategory.SelfHarm => "self-harm",
        RiskCategory.AbuseOrViolence => "abuse-or-violence",
        RiskCategory.HarmToOthers => "harm-to-others",
        RiskCategory.ChildAbuse => "child-abuse",
        _ => category.ToString(),
    };
}
