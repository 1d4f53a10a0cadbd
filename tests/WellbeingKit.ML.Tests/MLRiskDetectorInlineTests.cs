using Microsoft.Extensions.Options;
using WellbeingKit.Risk;

namespace WellbeingKit.ML.Tests;

public sealed class MLRiskDetectorInlineTests
{
    [Theory]
    [InlineData("I have been thinking about ending it all")]
    [InlineData("Je ne veux plus vivre, tout est trop lourd")]
    [InlineData("Thank you so much, this really helped me!")]
    public async Task Once_loaded_the_inline_path_gives_the_same_assessment_as_the_async_path(string text)
    {
        var detector = new MLRiskDetector(Options.Create(new MLClassifierOptions()));
        var request = new RiskScreeningRequest(text);
        var viaAsync = await detector.AssessAsync(request); // loads the models

        var ready = detector.TryAssess(request, out var inline);

        ready.Should().BeTrue();
        inline.Should().BeEquivalentTo(viaAsync);
    }

    [Fact]
    public void The_ml_detector_never_reports_above_the_ceiling_the_screener_relies_on_to_skip_it()
    {
        var detector = new MLRiskDetector(Options.Create(new MLClassifierOptions()));
        var metadata = ModelRunner.LoadEmbedded("risk.zip", "risk").Metadata;
        var certain = Enumerable.Repeat(1f, metadata.Categories.Count + 1).ToArray();

        var assessment = MLRiskDetector.Interpret(metadata, certain, "text", new TextSegment(0, 4), "ml");

        detector.Ceiling.Should().Be(RiskLevel.High);
        assessment.Level.Should().Be(RiskLevel.High);
    }
}
