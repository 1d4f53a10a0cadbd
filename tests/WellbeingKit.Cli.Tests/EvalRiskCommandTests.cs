using System.Text.Json;
using WellbeingKit.Evaluation;

namespace WellbeingKit.Cli.Tests;

public sealed class EvalRiskCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wellbeing-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string SampleCsv =
        "id,title,body,crisis\r\n" +
        "1,help,\"I want to die, honestly\",1\r\n" +
        "2,cake,\"this cake is to die for\",0\r\n" +
        "3,\"multi\nline\",\"I wrote my note.\nTonight is the night\",1\r\n" +
        "4,homework,\"this homework is killing me\",0\r\n" +
        "5,\"quotes \"\"here\"\"\",\"everyone would be better off without me\",1\r\n" +
        "6,weather,nice day,0\r\n";

    [Fact]
    public void Eval_risk_writes_predictions_with_every_input_column_and_the_metrics_json()
    {
        var data = Write("sample.csv", SampleCsv);
        var predictions = Path.Combine(_folder, "out", "predictions.csv");
        var json = Path.Combine(_folder, "out", "metrics.json");

        var exit = Program.Main(["eval", "risk", "--data", data, "--text-column", "title+body", "--predictions", predictions, "--json", json]);

        exit.Should().Be(0);
        var rows = ReadAll(predictions);
        rows[0].Should().Equal("id", "title", "body", "crisis", "predicted", "score", "level", "categories");
        rows.Should().HaveCount(7);
        rows.Skip(1).Select(r => r[0]).Should().Equal("1", "2", "3", "4", "5", "6");
        rows[3][1].Should().Be("multi\nline");
        rows[5][1].Should().Be("quotes \"here\"");
        rows.Skip(1).Select(r => r[4]).Should().Equal("1", "0", "1", "0", "1", "0");
        rows[3][6].Should().Be("Imminent");
        rows[1][7].Should().Be("suicidal-ideation");

        using var metrics = JsonDocument.Parse(File.ReadAllText(json));
        var root = metrics.RootElement;
        root.GetProperty("n").GetInt32().Should().Be(6);
        root.GetProperty("tp").GetInt32().Should().Be(3);
        root.GetProperty("fp").GetInt32().Should().Be(0);
        root.GetProperty("recall").GetDouble().Should().Be(1);
        root.GetProperty("roc_auc").GetDouble().Should().Be(1);
        root.GetProperty("latency_us").GetProperty("p99").GetDouble().Should().BeGreaterThan(0);
        root.GetProperty("messages_per_second").GetDouble().Should().BeGreaterThan(0);
        foreach (var name in new[] { "tn", "fn", "precision", "f1", "fpr", "pr_auc" })
        {
            root.TryGetProperty(name, out _).Should().BeTrue(name);
        }
    }

    [Fact]
    public void Eval_risk_writes_a_report_with_three_svg_charts()
    {
        var data = Write("sample.csv", SampleCsv);
        var report = Path.Combine(_folder, "report");

        var exit = Program.Main(["eval", "risk", "--data", data, "--text-column", "body", "--detector", "composite",
            "--predictions", Path.Combine(_folder, "p.csv"), "--json", Path.Combine(_folder, "m.json"), "--report", report]);

        exit.Should().Be(0);
        File.ReadAllText(Path.Combine(report, "report.md")).Should().Contain("![ROC curve](roc.svg)");
        foreach (var chart in new[] { "roc.svg", "pr.svg", "confusion.svg" })
        {
            // Well-formed SVG (an XML document whose root is <svg>) with something drawn in it.
            var svg = System.Xml.Linq.XDocument.Load(Path.Combine(report, chart)).Root!;
            svg.Name.LocalName.Should().Be("svg", chart);
            svg.Descendants().Should().Contain(e => e.Name.LocalName == "polyline" || e.Name.LocalName == "rect", chart);
        }
    }

    [Fact]
    public void GoEmotions_tsv_is_read_with_every_row_labelled_not_crisis()
    {
        var data = Write("dev.tsv", "I love this\t0\tabc1\nI wanna die lol\t25\tabc2\n\"quoted \"\"text\"\"\"\t27\tabc3\n");
        var json = Path.Combine(_folder, "m.json");
        var predictions = Path.Combine(_folder, "p.csv");

        var exit = Program.Main(["eval", "risk", "--data", data, "--format", "goemotions", "--predictions", predictions, "--json", json]);

        exit.Should().Be(0);
        var rows = ReadAll(predictions);
        rows[0].Should().Equal("text", "emotions", "id", "crisis", "predicted", "score", "level", "categories");
        rows.Should().HaveCount(4);
        rows[3][0].Should().Be("quoted \"text\"");
        using var metrics = JsonDocument.Parse(File.ReadAllText(json));
        metrics.RootElement.GetProperty("n").GetInt32().Should().Be(3);
        metrics.RootElement.GetProperty("recall").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void A_missing_column_is_an_error_naming_the_columns_present()
    {
        var data = Write("sample.csv", SampleCsv);
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try
        {
            var exit = Program.Main(["eval", "risk", "--data", data, "--text-column", "message", "--predictions", Path.Combine(_folder, "p.csv"), "--json", Path.Combine(_folder, "m.json")]);

            exit.Should().Be(1);
        }
        finally
        {
            Console.SetError(previous);
        }

        error.ToString().Should().Contain("no column 'message'").And.Contain("id, title, body, crisis");
    }

    [Fact]
    public void An_unknown_detector_is_an_error_listing_the_registered_ones()
    {
        using var services = CliServices.Build(new CliSettings());

        var act = () => Commands.EvalRiskCommand.Resolve(services, "magic");

        act.Should().Throw<EvaluationInputException>().WithMessage("*no detector named 'magic'*lexicon*composite*");
    }

    private static List<List<string>> ReadAll(string path)
    {
        using var text = new StreamReader(path);
        var reader = new CsvReader(text);
        var rows = new List<List<string>>();
        while (reader.Read() is { } row)
        {
            rows.Add([.. row]);
        }

        return rows;
    }
}
