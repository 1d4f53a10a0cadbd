namespace WellbeingKit.Evaluation.Tests;

public sealed class RiskDataSetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wellbeing-evaluation-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_csv_is_read_with_its_columns_texts_and_labels()
    {
        var path = Write("data.csv", "id,title,body,crisis\n1,hi,\"all good, thanks\",0\n\n2,help,I cannot go on,1\n");

        var data = RiskDataSet.Read(path, new RiskDataReadOptions { TextColumn = "title+body" });

        data.Columns.Should().Equal("id", "title", "body", "crisis");
        data.Texts.Should().Equal("hi all good, thanks", "help I cannot go on");
        data.Labels.Should().Equal(false, true);
    }

    [Fact]
    public void A_label_that_is_not_0_or_1_is_an_error_naming_the_row()
    {
        var path = Write("bad.csv", "text,crisis\nfine,0\nbad,yes\n");

        var act = () => RiskDataSet.Read(path);

        act.Should().Throw<EvaluationInputException>().WithMessage("*bad.csv*row 2 (line 3)*'yes'*1 (crisis) or 0*");
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var act = () => RiskDataSet.Read(Path.Combine(_folder, "nope.csv"));

        act.Should().Throw<EvaluationInputException>().WithMessage("*nope.csv*does not exist*");
    }

    [Fact]
    public void A_missing_label_column_is_an_error_listing_the_columns()
    {
        var path = Write("data.csv", "text,label\nfine,0\n");

        var act = () => RiskDataSet.Read(path);

        act.Should().Throw<EvaluationInputException>().WithMessage("*no column 'crisis' (the label column)*text, label*");
    }

    [Fact]
    public void Data_sets_with_different_columns_cannot_be_joined()
    {
        var first = RiskDataSet.FromMessages([("hello", false)]);
        var second = new RiskDataSet(["message", "crisis"], [["hi", "0"]], ["hi"], [false]);

        var act = () => first.Concat(second);

        act.Should().Throw<EvaluationInputException>().WithMessage("*message, crisis*text, crisis*");
    }

    [Fact]
    public void Rows_are_kept_by_their_one_based_number()
    {
        var data = RiskDataSet.FromMessages([("a", false), ("b", true), ("c", false)]);

        data.WhereRowNumber(n => n != 2).Texts.Should().Equal("a", "c");
    }
}
