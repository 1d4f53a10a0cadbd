using System.Text.Json;
using WellbeingKit.ML.Training;

namespace WellbeingKit.Cli.Tests;

public sealed class EvalRiskGroupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wellbeing-eval-by-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Header = "text,crisis,kind,lang\n";

    [Fact]
    public void Eval_risk_by_a_column_writes_the_metrics_of_each_value_beside_the_overall_ones()
    {
        var data = Write("cases.csv", Header +
            "I want to die,1,direct,en\n" +
            "nice weather today,0,everyday,en\n" +
            "quiero morir,1,direct,es\n" +
            "hace buen tiempo hoy,0,everyday,es\n");
        var json = Path.Combine(_folder, "m.json");
        var report = Path.Combine(_folder, "report");

        var exit = Program.Main(["eval", "risk", "--data", data, "--by", "lang,kind", "--locale-column", "lang",
            "--predictions", Path.Combine(_folder, "p.csv"), "--json", json, "--report", report]);

        exit.Should().Be(0);
        using var metrics = JsonDocument.Parse(File.ReadAllText(json));
        var root = metrics.RootElement;
        root.GetProperty("n").GetInt32().Should().Be(4);
        root.GetProperty("recall").GetDouble().Should().Be(1);
        var es = root.GetProperty("by").GetProperty("lang").GetProperty("es");
        es.GetProperty("n").GetInt32().Should().Be(2);
        es.GetProperty("tp").GetInt32().Should().Be(1);
        es.GetProperty("fpr").GetDouble().Should().Be(0);
        root.GetProperty("by").GetProperty("kind").GetProperty("everyday").GetProperty("recall").ValueKind.Should().Be(JsonValueKind.Null);
        File.ReadAllText(Path.Combine(report, "report.md")).Should().Contain("## By lang").And.Contain("| es | 2 | 1 |");
    }

    [Fact]
    public void Eval_risk_by_a_missing_column_is_an_error_naming_the_column()
    {
        var data = Write("cases.csv", Header + "I want to die,1,direct,en\n");
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            var exit = Program.Main(["eval", "risk", "--data", data, "--by", "country",
                "--predictions", Path.Combine(_folder, "p.csv"), "--json", Path.Combine(_folder, "m.json")]);
            exit.Should().Be(1);
        }
        finally
        {
            Console.SetError(saved);
        }

        error.ToString().Should().Contain("--by: no column 'country'");
    }

    [Fact]
    public void The_tuning_and_held_out_parts_split_the_rows_without_overlap_and_hold_out_about_thirty_percent()
    {
        var heldOut = Enumerable.Range(1, 10_000).Count(DataSplit.IsHeldOut);

        heldOut.Should().BeInRange(2_800, 3_200);
        Enumerable.Range(1, 500).Should().OnlyContain(n => DataSplit.Keeps(DataPart.Tuning, n) != DataSplit.Keeps(DataPart.HeldOut, n));
    }

    [Fact]
    public void Eval_risk_part_reads_only_the_rows_of_that_part_of_every_file()
    {
        var lines = string.Join('\n', Enumerable.Range(1, 40).Select(i => $"line {i}")) + "\n";
        var first = Write("a.txt", lines);
        var second = Write("b.txt", lines);
        var predictions = Path.Combine(_folder, "p.csv");

        var exit = Program.Main(["eval", "risk", "--data", first, second, "--format", "lines", "--part", "held-out",
            "--predictions", predictions, "--json", Path.Combine(_folder, "m.json")]);

        exit.Should().Be(0);
        var expected = Enumerable.Range(1, 40).Where(DataSplit.IsHeldOut).Select(n => $"line {n}").ToList();
        var texts = File.ReadAllLines(predictions).Skip(1).Select(l => l.Split(',')[0]).ToList();
        texts.Should().Equal([.. expected, .. expected]);
    }
}
