using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Tests.Risk;

/// <summary>
/// The screening pass folds plain letters on a fast path and records where each folded character came from only when
/// evidence is needed; these cases mix that path with everything that leaves it (accents, Arabic, dropped characters,
/// leetspeak, repeated letters, misspellings) and check the evidence still points at the right original characters.
/// </summary>
public sealed class LexiconFoldingPathTests
{
    private static readonly LexiconRiskDetector Detector = RiskCases.Detector;

    [Theory]
    [InlineData("Café crème, naïve résumé; مرحبا يا صديقي. And then: I want to DIEEEE", "I want to DIEEEE")]
    [InlineData("it’s a l0ng\u200B day… I w4nt to d1e", "I w4nt to d1e")]
    [InlineData("Straße, ÉTÉ, œuvre — i want to diiie 😀 ok", "i want to diiie")]
    [InlineData("Honestly, I feel suicidle today.", "suicidle")]
    public async Task Evidence_after_characters_off_the_fast_path_points_at_the_matched_words(string text, string matched)
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest(text));

        var evidence = result.Evidence.Should().ContainSingle().Subject;
        evidence.Text.Should().Be(matched);
        evidence.Start.Should().Be(text.IndexOf(matched, StringComparison.Ordinal));
        evidence.Length.Should().Be(matched.Length);
    }

    [Fact]
    public async Task Each_message_screened_on_one_thread_gets_evidence_from_its_own_text()
    {
        const string first = "ok, well... I want to die";
        const string second = "I want to die";

        var one = await Detector.AssessAsync(new RiskScreeningRequest(first));
        var two = await Detector.AssessAsync(new RiskScreeningRequest(second));

        one.Evidence.Should().ContainSingle().Which.Start.Should().Be(first.IndexOf("I want", StringComparison.Ordinal));
        two.Evidence.Should().ContainSingle().Which.Start.Should().Be(0);
    }
}
