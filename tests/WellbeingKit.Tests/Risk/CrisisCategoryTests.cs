using WellbeingKit.Risk;
using WellbeingKit.Safety;

namespace WellbeingKit.Tests.Risk;

/// <summary>
/// Issue 16, point 5: categories set correctly. Abuse is not suicidal ideation, and a child telling of abuse gets the
/// child-abuse category, which <see cref="CrisisKinds.Of"/> maps to the child-abuse safety flow. The sentences were
/// written for this test before the lexicon's categories were changed.
/// </summary>
public sealed class CrisisCategoryTests
{
    private static readonly WellbeingKit.Risk.Lexicon.LexiconRiskDetector Detector = RiskCases.Detector;

    [Theory]
    [InlineData("my stepdad comes into my room at night and says its our little secret")]
    [InlineData("he touches me and says i cant tell my mum")]
    [InlineData("mi padrastro entra en mi cuarto por la noche y dice que es nuestro secreto")]
    [InlineData("mon beau-père vient dans ma chambre la nuit et dit que c'est notre secret")]
    [InlineData("عمي يدخل غرفتي بالليل ويقول هذا سر بيننا")]
    public async Task A_child_abuse_disclosure_is_child_abuse_and_not_suicidal_ideation(string text)
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest(text));

        ((int)result.Level).Should().BeGreaterThanOrEqualTo((int)RiskLevel.High);
        result.Categories.Should().Contain(RiskCategory.ChildAbuse).And.NotContain(RiskCategory.SuicidalIdeation);
        CrisisKinds.Of(result).Should().Be(CrisisKinds.ChildAbuse);
    }

    [Theory]
    [InlineData("my husband hits me when he drinks and i am scared to go home")]
    [InlineData("mi marido me pega cuando bebe")]
    [InlineData("mon mari me frappe quand il boit")]
    [InlineData("زوجي يضربني كل ما يشرب")]
    public async Task Partner_violence_is_violence_and_not_suicidal_ideation(string text)
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest(text));

        ((int)result.Level).Should().BeGreaterThanOrEqualTo((int)RiskLevel.High);
        result.Categories.Should().Contain(RiskCategory.AbuseOrViolence).And.NotContain(RiskCategory.SuicidalIdeation);
        CrisisKinds.Of(result).Should().Be(CrisisKinds.Violence);
    }

    [Fact]
    public void The_child_abuse_category_maps_to_the_child_abuse_kind()
    {
        var result = new RiskAssessment { Level = RiskLevel.High, Categories = [RiskCategory.ChildAbuse], Detector = "test" };

        CrisisKinds.Of(result).Should().Be(CrisisKinds.ChildAbuse);
    }
}
