namespace WellbeingKit.Evaluation.Tests;

public sealed class CsvAndMetricsTests
{
    [Fact]
    public void Quoted_fields_with_commas_quotes_and_new_lines_survive_a_round_trip()
    {
        var rows = new List<string[]>
        {
            new[] { "id", "text", "crisis" },
            new[] { "1", "plain", "0" },
            new[] { "2", "a, b and \"c\"", "1" },
            new[] { "3", "line one\nline two\r\nline three", "0" },
            new[] { "4", "", "1" },
            new[] { "5", "ünïcødé — أريد", "0" },
        };
        using var writer = new StringWriter();
        var csv = new CsvWriter(writer);
        foreach (var row in rows)
        {
            csv.Write(row);
        }

        var reader = new CsvReader(new StringReader(writer.ToString()));
        var read = new List<IReadOnlyList<string>>();
        while (reader.Read() is { } record)
        {
            read.Add(record);
        }

        read.Should().HaveCount(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            read[i].Should().Equal(rows[i]);
        }
    }

    [Fact]
    public void The_reader_reports_the_line_where_a_multi_line_record_starts()
    {
        var reader = new CsvReader(new StringReader("a,b\n\"x\ny\",1\nz,2\n"));

        reader.Read();
        reader.Read();
        reader.Read()!.Should().Equal("z", "2");

        reader.RecordLine.Should().Be(4);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_naming_its_line()
    {
        var reader = new CsvReader(new StringReader("a,b\n1,\"never closed\n"));
        reader.Read();

        var act = () => reader.Read();

        act.Should().Throw<FormatException>().WithMessage("line 2*never closed*");
    }

    [Fact]
    public void ROC_AUC_of_a_small_known_example_is_three_quarters()
    {
        var auc = BinaryMetrics.ComputeRocAuc([true, true, false, false], [0.9, 0.4, 0.6, 0.1]);

        auc.Should().BeApproximately(0.75, 1e-9);
    }

    [Fact]
    public void Tied_scores_count_one_half_in_ROC_AUC()
    {
        BinaryMetrics.ComputeRocAuc([true, false], [0.5, 0.5]).Should().BeApproximately(0.5, 1e-9);
    }

    [Fact]
    public void Average_precision_of_a_small_known_example()
    {
        var ap = BinaryMetrics.AveragePrecision([true, true, false, false], [0.9, 0.4, 0.6, 0.1]);

        ap.Should().BeApproximately((0.5 * 1) + (0.5 * 2.0 / 3), 1e-9);
    }

    [Fact]
    public void The_confusion_matrix_and_its_ratios_come_from_the_predictions()
    {
        var metrics = BinaryMetrics.Compute([true, true, false, false, false], [true, false, true, false, false], [0.9, 0.2, 0.8, 0.1, 0.1]);

        (metrics.TruePositives, metrics.FalseNegatives, metrics.FalsePositives, metrics.TrueNegatives).Should().Be((1, 1, 1, 2));
        metrics.Precision.Should().BeApproximately(0.5, 1e-9);
        metrics.Recall.Should().BeApproximately(0.5, 1e-9);
        metrics.FalsePositiveRate.Should().BeApproximately(1.0 / 3, 1e-9);
    }

    [Fact]
    public void Ratios_without_any_positive_example_are_undefined()
    {
        var metrics = BinaryMetrics.Compute([false, false], [false, true], [0.1, 0.9]);

        metrics.Recall.Should().BeNull();
        metrics.RocAuc.Should().BeNull();
        metrics.PrAuc.Should().BeNull();
        metrics.FalsePositiveRate.Should().BeApproximately(0.5, 1e-9);
    }
}
