using WellbeingKit.Risk;

namespace WellbeingKit.Tests.Risk;

/// <summary>
/// Issue 16, point 4: Arabizi folding. An Arabic phrase of the lexicon, written in Arabic script only, also matches the
/// same words written in Latin letters with the digits 2 3 5 7 9 as letters, as users write Arabic on Latin keyboards.
/// The sentences were written for this test before the folding was built.
/// </summary>
public sealed class ArabiziFoldingTests
{
    private static readonly WellbeingKit.Risk.Lexicon.LexiconRiskDetector Detector = RiskCases.Detector;

    [Theory]
    [InlineData("ra7 a2tol 7ali", "رح اقتل حالي")]
    [InlineData("wallah el mot ar7am", "والله الموت ارحم")]
    [InlineData("ana bade ente7er", "انا بدي انتحر")]
    [InlineData("ana ta3ban w ya retni mot", "انا تعبان و ياريتني مت")]
    [InlineData("khalas bade a5las mn 7ayati", "خلاص بدي اخلص من حياتي")]
    public async Task An_arabizi_message_gets_the_level_and_category_of_the_same_words_in_arabic_script(string arabizi, string arabic)
    {
        var script = await Detector.AssessAsync(new RiskScreeningRequest(arabic));
        var latin = await Detector.AssessAsync(new RiskScreeningRequest(arabizi));

        ((int)script.Level).Should().BeGreaterThanOrEqualTo((int)RiskLevel.High, "the Arabic-script phrase is in the lexicon");
        latin.Level.Should().Be(script.Level);
        latin.Categories.Should().Equal(script.Categories);
    }

    [Fact]
    public async Task Evidence_of_an_arabizi_match_points_at_the_latin_words_and_names_the_arabic_rule()
    {
        const string text = "ya rab ra7 a2tol 7ali";

        var result = await Detector.AssessAsync(new RiskScreeningRequest(text));

        var evidence = result.Evidence.Should().ContainSingle().Subject;
        evidence.Text.Should().Be("ra7 a2tol 7ali");
        evidence.Start.Should().Be(text.IndexOf("ra7", StringComparison.Ordinal));
        evidence.RuleId.Should().StartWith("ar.");
    }

    [Theory]
    [InlineData("i'll h8 my l1fe if i m1ss the 2pm bus lol")]
    [InlineData("b4 the exam i was 2 tired 2 study, 7 hours of sleep")]
    [InlineData("ana ta3bana shwaya bas el 7amdolillah kolo tamam")]
    public async Task Latin_text_with_digits_that_holds_no_arabic_crisis_phrase_is_not_flagged(string text)
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest(text));

        ((int)result.Level).Should().BeLessThan((int)RiskLevel.Moderate);
    }

    [Fact]
    public async Task An_arabizi_negation_cancels_a_folded_phrase_as_its_arabic_form_does()
    {
        var script = await Detector.AssessAsync(new RiskScreeningRequest("انا مش عايز انتحر"));
        var latin = await Detector.AssessAsync(new RiskScreeningRequest("ana mesh 3ayez ente7er"));

        script.Level.Should().Be(RiskLevel.None);
        latin.Level.Should().Be(RiskLevel.None);
    }
}
