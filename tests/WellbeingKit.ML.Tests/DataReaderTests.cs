extern alias training;
using training::WellbeingKit.ML.Training;

namespace WellbeingKit.ML.Tests;

public sealed class DataReaderTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "wbk-ml-data-" + Guid.NewGuid().ToString("N"));

    public DataReaderTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public void A_goemotions_line_with_an_unknown_label_id_is_refused_with_file_and_line()
    {
        var path = Write("bad.tsv", "fine text\t1\tid1\nbad text\t99\tid2\n");

        var act = () => GoEmotionsData.ReadTsv(path, 28);

        act.Should().Throw<InvalidDataException>().WithMessage($"{path}:2: label id '99'*");
    }

    [Fact]
    public void A_crisis_line_without_a_category_is_refused_with_file_and_line()
    {
        var path = Write("corpus.tsv", "# comment\n1\tnone\ten\tI want to die\n");

        var act = () => RiskTrainer.ReadCorpus(path);

        act.Should().Throw<InvalidDataException>().WithMessage($"{path}:2: a crisis line (label 1) needs a category.");
    }

    [Fact]
    public void A_crisis_line_with_an_unknown_label_is_refused()
    {
        var path = Write("corpus.tsv", "yes\tself-harm\ten\tI cut myself\n");

        var act = () => RiskTrainer.ReadCorpus(path);

        act.Should().Throw<InvalidDataException>().WithMessage("*:1: label must be 1 (crisis) or 0, found 'yes'.");
    }

    [Fact]
    public void The_shipped_crisis_corpus_reads_in_all_four_languages()
    {
        var corpus = RiskTrainer.ReadCorpus(Path.Combine(RepositoryRoot(), "src", "WellbeingKit.ML.Training", "training-data", "crisis"));

        corpus.Select(c => c.Language).Distinct().Should().BeEquivalentTo(["ar", "en", "es", "fr"]);
        corpus.Count.Should().BeGreaterThan(400);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WellbeingKit.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("WellbeingKit.sln not found above the test folder.");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
