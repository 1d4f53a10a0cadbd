using WellbeingKit.Evaluation;
using WellbeingKit.Risk;

namespace WellbeingKit.Samples.Research.Tests;

/// <summary>How a researcher measures their detector with WellbeingKit.Evaluation, on the sample's labelled messages.</summary>
public sealed class HopelessnessDetectorEvaluationTests
{
    private static readonly string Messages = Path.Combine(AppContext.BaseDirectory, "messages.csv");

    [Fact]
    public async Task The_detector_finds_the_direct_messages_and_misses_the_indirect_ones()
    {
        var data = RiskDataSet.Read(Messages);

        var result = await RiskEvaluator.EvaluateAsync(new HopelessnessDetector(), data, new RiskEvaluationOptions { GroupBy = ["kind"] });

        var byKind = result.Groups.ToDictionary(g => g.Value, g => g.Metrics);
        byKind["direct"].Recall.Should().Be(1);
        byKind["indirect"].Recall.Should().Be(0);
        result.Metrics.Recall.Should().Be(0.6);
    }

    [Fact]
    public async Task Idioms_that_share_a_phrase_are_its_false_alarms()
    {
        var data = RiskDataSet.Read(Messages);

        var result = await RiskEvaluator.EvaluateAsync(new HopelessnessDetector(), data);

        result.Metrics.FalsePositives.Should().Be(2);
        result.Groups.Should().BeEmpty();
        result.ByThreshold[RiskLevel.Imminent].FalsePositives.Should().Be(0);
    }

    [Fact]
    public async Task The_report_and_the_metrics_json_are_written_for_the_lab_notebook()
    {
        var data = RiskDataSet.Read(Messages);
        var result = await RiskEvaluator.EvaluateAsync(new HopelessnessDetector(), data);
        var folder = Directory.CreateTempSubdirectory("research-sample-").FullName;
        try
        {
            result.WriteFiles(Path.Combine(folder, "predictions.csv"), Path.Combine(folder, "metrics.json"), Path.Combine(folder, "report.md"));

            File.ReadAllText(Path.Combine(folder, "report.md")).Should().Contain("# Risk detector evaluation: hopelessness");
            File.ReadAllText(Path.Combine(folder, "metrics.json")).Should().Contain("\"tp\": 6");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
