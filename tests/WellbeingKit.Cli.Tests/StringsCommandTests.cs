using FluentAssertions;
using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

public sealed class StringsCommandTests : IDisposable
{
    private readonly string _directory = Path.Join(Path.GetTempPath(), "wk-strings-cli-" + Guid.NewGuid().ToString("N"));

    public StringsCommandTests()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WellbeingKit.sln")))
        {
            dir = dir.Parent;
        }

        var source = Path.Join(dir!.FullName, "src", "WellbeingKit.Content.Yaml", "DefaultPack");
        foreach (var file in Directory.EnumerateFiles(source, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Join(Pack, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string Pack => Path.Join(_directory, "pack");

    [Theory]
    [InlineData("xliff", "fr.xlf", "fr")]
    [InlineData("csv", "es.csv", "es")]
    [InlineData("xliff", "ar.xlf", "ar")]
    public void Export_then_import_of_the_unchanged_file_leaves_every_pack_file_byte_identical(string format, string fileName, string locale)
    {
        var before = Snapshot();
        var file = Path.Join(_directory, fileName);

        Run("content", "strings", "export", Pack, "--locale", locale, "--format", format, "--out", file).Exit.Should().Be(0);
        var import = Run("content", "strings", "import", Pack, "--file", file, "--locale", locale);

        import.Exit.Should().Be(0);
        import.Output.Should().Contain("files written: none");
        Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public void Xliff_export_is_xliff_2_with_keys_notes_and_empty_targets_for_a_new_locale()
    {
        var file = Path.Join(_directory, "sw.xlf");

        Run("content", "strings", "export", Pack, "--locale", "sw", "--out", file);

        var xml = System.Xml.Linq.XDocument.Load(file);
        var ns = System.Xml.Linq.XNamespace.Get("urn:oasis:names:tc:xliff:document:2.0");
        xml.Root!.Attribute("trgLang")!.Value.Should().Be("sw");
        var units = xml.Descendants(ns + "unit").ToList();
        units.Should().Contain(u => u.Attribute("name")!.Value == "exercise:box-breathing:steps[2]");
        units.Should().OnlyContain(u => u.Descendants(ns + "target").Single().Value.Length == 0);
        units.Should().OnlyContain(u => u.Descendants(ns + "note").Any());
    }

    [Fact]
    public void Coverage_passes_on_the_default_pack()
    {
        var result = Run("content", "strings", "coverage", Pack);

        result.Exit.Should().Be(0);
        // Every string translated, whatever the pack's count is today (helpers add keys).
        result.Output.Should().MatchRegex(@"\| fr \| yes \| (\d+) \| \1 \| 100\.0 \|");
    }

    [Fact]
    public void Coverage_counts_english_copied_into_a_locale_apart_from_translations()
    {
        var fr = Path.Join(Pack, "messages", "fr.yaml");
        File.WriteAllLines(fr, File.ReadAllLines(fr).Select(l => l.TrimStart().StartsWith("menu.ask:", StringComparison.Ordinal) ? "  menu.ask: What would you like to do?" : l));

        var result = Run("content", "strings", "coverage", Pack);

        result.Output.Should().Contain("| same as en | falls back | missing |");
        result.Output.Should().MatchRegex(@"\| fr \| yes \| (\d+) \| \d+ \| \d+\.\d \| 1 \| 0 \| 0 \|");
    }

    [Fact]
    public void Coverage_fails_and_lists_the_gap_when_a_complete_locale_misses_a_string()
    {
        var fr = Path.Join(Pack, "messages", "fr.yaml");
        File.WriteAllLines(fr, File.ReadAllLines(fr).Where(l => !l.TrimStart().StartsWith("common.skip:", StringComparison.Ordinal)));

        var result = Run("content", "strings", "coverage", Pack);

        result.Exit.Should().Be(1);
        result.Error.Should().Contain("fr is marked complete in pack.yaml but 1 string(s) are not translated:");
        result.Error.Should().Contain("message:common.skip (messages/fr.yaml)");
    }

    [Fact]
    public void A_windows_1251_csv_with_semicolons_from_excel_is_imported_with_a_one_line_summary()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var file = Path.Join(_directory, "uk.csv");
        Directory.CreateDirectory(_directory);
        File.WriteAllBytes(file, System.Text.Encoding.GetEncoding(1251).GetBytes("key;source;target\r\nmessage:menu.ask;What would you like to do?;Що ви хочете зробити?\r\n"));

        var result = Run("content", "strings", "import", Pack, "--file", file, "--locale", "uk");

        result.Exit.Should().Be(0, result.Error);
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().StartWith("uk (Windows-1251, separator ';'): 1 applied, 0 unchanged, ");
        File.ReadAllText(Path.Join(Pack, "messages", "uk.yaml")).Should().Contain("Що ви хочете зробити?");
    }

    [Fact]
    public void Import_reports_a_conflict_and_exits_1_when_the_source_changed_since_export()
    {
        var file = Path.Join(_directory, "fr.csv");
        Run("content", "strings", "export", Pack, "--locale", "fr", "--format", "csv", "--out", file);
        var en = Path.Join(Pack, "messages", "en.yaml");
        File.WriteAllText(en, File.ReadAllText(en).Replace("common.skip: Skip", "common.skip: Skip this", StringComparison.Ordinal));

        var result = Run("content", "strings", "import", Pack, "--file", file, "--locale", "fr");

        result.Exit.Should().Be(1);
        result.Output.Should().Contain("conflict: message:common.skip:");
    }

    [Fact]
    public void Import_of_a_csv_without_a_locale_names_the_missing_option()
    {
        var file = Path.Join(_directory, "x.csv");
        Directory.CreateDirectory(_directory);
        File.WriteAllText(file, "key,source,target\r\n");

        var result = Run("content", "strings", "import", Pack, "--file", file);

        result.Exit.Should().Be(1);
        result.Error.Should().Contain("--locale");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(Pack, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes, StringComparer.Ordinal);

    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(StringsCommand.AddTo, args);
}
