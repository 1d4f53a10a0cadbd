extern alias training;
using training::WellbeingKit.ML.Training;
using WellbeingKit.Risk;

namespace WellbeingKit.ML.Tests;

public sealed class TrainingTests(TrainingFixture fixture) : IClassFixture<TrainingFixture>
{
    [Fact]
    public void Training_on_the_sample_reaches_a_dev_macro_f1_of_at_least_0_8()
    {
        fixture.Emotion.MacroF1.Should().BeGreaterThanOrEqualTo(0.8);
    }

    [Fact]
    public void Training_on_the_sample_reports_metrics_for_all_28_labels()
    {
        fixture.Emotion.Labels.Select(l => l.Label).Should().Equal(GoEmotionsData.Labels);
        fixture.Emotion.Labels.Should().OnlyContain(l => l.Support == 1);
    }

    [Fact]
    public void Training_emotion_twice_with_the_same_seed_writes_byte_identical_files()
    {
        var again = Path.Combine(fixture.Directory, "emotion-again.zip");
        EmotionTrainer.Train(TrainingFixture.EmotionOptions(again), _ => { });

        File.ReadAllBytes(again).Should().Equal(File.ReadAllBytes(fixture.EmotionModel));
    }

    [Fact]
    public void Training_risk_twice_with_the_same_seed_writes_byte_identical_files()
    {
        var again = Path.Combine(fixture.Directory, "risk-again.zip");
        RiskTrainer.Train(TrainingFixture.RiskOptions(again), _ => { });

        File.ReadAllBytes(again).Should().Equal(File.ReadAllBytes(fixture.RiskModel));
    }

    [Fact]
    public void Risk_training_on_the_sample_recognises_every_crisis_line_it_was_given()
    {
        fixture.Risk.CrisisPositive.Should().Be(12);
        fixture.Risk.TrainingRecall.Should().Be(1);
    }

    [Fact]
    public async Task A_risk_model_trained_on_the_sample_flags_a_crisis_statement_with_ml_evidence()
    {
        var detector = new MLRiskDetector(Microsoft.Extensions.Options.Options.Create(new MLClassifierOptions { RiskModelPath = fixture.RiskModel }));

        var result = await detector.AssessAsync(new RiskScreeningRequest("I want to die"));

        result.Level.Should().BeOneOf(RiskLevel.Moderate, RiskLevel.High);
        result.Evidence.Should().ContainSingle().Which.RuleId.Should().Be("ml.risk");
    }

    [Fact]
    public void An_emotion_model_cannot_be_loaded_as_a_risk_model()
    {
        var act = () => ModelRunner.LoadFile(fixture.EmotionModel, "risk");

        act.Should().Throw<InvalidDataException>().WithMessage("*'emotion' model*'risk' model is needed*");
    }
}
