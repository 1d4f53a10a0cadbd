using System.Text.Json;
using WellbeingKit.Risk;

namespace WellbeingKit.Evaluation.Tests;

public sealed class RiskEvaluatorTests
{
    /// <summary>A detector that reads its answer from the text: "high 0.9 ..." is level High with score 0.9.</summary>
    private sealed class ScriptedDetector : IRiskDetector
    {
        public string Name => "scripted";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
        {
            var parts = request.Text.Split(' ');
            return ValueTask.FromResult(new RiskAssessment
            {
                Level = Enum.Parse<RiskLevel>(parts[0], ignoreCase: true),
                Score = double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
                Categories = parts[0] == "none" ? [] : [RiskCategory.SuicidalIdeation],
                Detector = Name,
            });
        }
    }

    private static readonly RiskDataSet Data = new(
        ["text", "crisis", "lang"],
        [["imminent 0.95", "1", "en"], ["moderate 0.5", "1", "es"], ["low 0.3", "0", "en"], ["none 0.1", "0", "es"]],
        ["imminent 0.95", "moderate 0.5", "low 0.3", "none 0.1"],
        [true, true, false, false]);

    [Fact]
    public async Task The_metrics_are_counted_at_the_threshold_and_at_every_level()
    {
        var result = await RiskEvaluator.EvaluateAsync(new ScriptedDetector(), Data, new RiskEvaluationOptions { Threshold = RiskLevel.High });

        result.Metrics.TruePositives.Should().Be(1);
        result.Metrics.FalseNegatives.Should().Be(1);
        result.ByThreshold[RiskLevel.Moderate].Recall.Should().Be(1);
        result.ByThreshold[RiskLevel.Low].FalsePositives.Should().Be(1);
        result.ByThreshold[RiskLevel.Imminent].TruePositives.Should().Be(1);
        result.Metrics.RocAuc.Should().Be(1);
    }

    [Fact]
    public async Task Grouping_by_a_column_gives_the_metrics_of_each_value()
    {
        var result = await RiskEvaluator.EvaluateAsync(new ScriptedDetector(), Data, new RiskEvaluationOptions { GroupBy = ["lang"] });

        result.Groups.Select(g => g.Value).Should().Equal("en", "es");
        result.Groups[1].Metrics.N.Should().Be(2);
        result.Groups[1].Metrics.TruePositives.Should().Be(1);
    }

    [Fact]
    public async Task Grouping_by_a_missing_column_is_an_error_listing_the_columns()
    {
        var act = () => RiskEvaluator.EvaluateAsync(new ScriptedDetector(), Data, new RiskEvaluationOptions { GroupBy = ["country"] });

        await act.Should().ThrowAsync<EvaluationInputException>().WithMessage("*no column 'country'*text, crisis, lang*");
    }

    [Fact]
    public async Task The_json_has_the_cli_contract_keys_and_the_groups()
    {
        var result = await RiskEvaluator.EvaluateAsync(new ScriptedDetector(), Data, new RiskEvaluationOptions { GroupBy = ["lang"] });

        using var json = JsonDocument.Parse(result.ToJson());

        var root = json.RootElement;
        root.GetProperty("n").GetInt32().Should().Be(4);
        root.GetProperty("recall").GetDouble().Should().Be(1);
        root.GetProperty("latency_us").GetProperty("p50").ValueKind.Should().Be(JsonValueKind.Number);
        root.GetProperty("by").GetProperty("lang").GetProperty("en").GetProperty("fp").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task The_predictions_carry_every_input_column_then_the_detector_answer()
    {
        var result = await RiskEvaluator.EvaluateAsync(new ScriptedDetector(), Data);
        using var text = new StringWriter();

        result.WritePredictions(text);

        var lines = text.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("text,crisis,lang,predicted,score,level,categories");
        lines[2].Should().Be("moderate 0.5,1,es,1,0.5,Moderate,suicidal-ideation");
    }

    [Fact]
    public async Task The_markdown_report_names_the_detector_and_has_a_table_per_threshold()
    {
        var result = await RiskEvaluator.EvaluateAsync(new ScriptedDetector(), Data);

        var markdown = result.ToMarkdown("cases.csv");

        markdown.Should().Contain("# Risk detector evaluation: scripted").And.Contain("`cases.csv` (4 messages: 2 crisis, 2 not)")
            .And.Contain("## By threshold").And.Contain("| Imminent | 0.500 | 1.000 | 0/2 | 0.000 |");
    }

    /// <summary>A bounded detector whose data takes a while to load (like a large lexicon); it answers inline once loaded.</summary>
    private sealed class SlowLoadingDetector : IBoundedRiskDetector
    {
        private readonly Lazy<Task> _load = new(() => Task.Delay(TimeSpan.FromSeconds(1.5)));

        public string Name => "slow-loading";

        public async ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
        {
            await _load.Value.WaitAsync(cancellationToken);
            return new RiskAssessment { Detector = Name };
        }

        public bool TryAssess(RiskScreeningRequest request, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RiskAssessment? assessment)
        {
            assessment = _load.IsValueCreated && _load.Value.IsCompleted ? new RiskAssessment { Detector = Name } : null;
            return assessment is not null;
        }
    }

    [Fact]
    public async Task The_screener_s_own_detectors_load_before_the_first_row_so_no_row_is_escalated_by_the_time_budget()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new WellbeingKitOptions { DetectorTimeout = TimeSpan.FromMilliseconds(20) });
        var screener = new RiskScreener([new SlowLoadingDetector()], options, Microsoft.Extensions.Logging.Abstractions.NullLogger<RiskScreener>.Instance);

        var result = await RiskEvaluator.EvaluateAsync(screener, Data);

        result.Assessments.Should().OnlyContain(a => !a.EscalatedOnFailure, "loading took 1.5 s against a 20 ms budget, and it happened before the rows");
    }
}
