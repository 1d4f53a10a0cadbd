using FluentAssertions;
using WellbeingKit.Cli.Commands;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;
using WellbeingKit.Storage.Sqlite;
using WellbeingKit.UserData;

namespace WellbeingKit.Cli.Tests;

public sealed class DataReportCommandTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Join(Path.GetTempPath(), "wk-report-" + Guid.NewGuid().ToString("N"));

    private string Database => Path.Join(_directory, "wellbeing.db");

    [Fact]
    public async Task A_questionnaire_cell_of_five_people_is_shown_and_one_of_four_is_suppressed()
    {
        await SeedAsync();

        var result = Run("data", "report", "--store", Database, "--from", "2026-03-01", "--to", "2026-03-31");

        result.Exit.Should().Be(0, result.Error);
        result.Output.Should().Contain("| phq9 | 5 | 12.0 | 8.0 | -4.0 |");
        result.Output.Should().Contain("| gad7 | <5 | <5 | <5 | <5 |");
    }

    [Fact]
    public async Task Reliable_change_rates_are_shown_for_five_people_and_suppressed_for_four()
    {
        await SeedAsync();

        var result = Run("data", "report", "--store", Database, "--from", "2026-03-01", "--to", "2026-03-31");

        result.Output.Should().Contain("| phq9 | 5 | 0 (0%) | 0 (0%) | 6 |");
        result.Output.Should().Contain("| gad7 | <5 | <5 | <5 | 4 |");
    }

    [Fact]
    public async Task Exercise_helpfulness_is_suppressed_below_five_raters()
    {
        await SeedAsync();

        var result = Run("data", "report", "--store", Database, "--from", "2026-03-01", "--to", "2026-03-31");

        result.Output.Should().Contain("| box-breathing | 5 | 5 | 4.00 |");
        result.Output.Should().Contain("| safe-place | <5 | <5 | <5 |");
    }

    [Fact]
    public async Task Safety_flows_per_week_are_suppressed_below_five_people()
    {
        await SeedAsync();

        var result = Run("data", "report", "--store", Database, "--from", "2026-03-01", "--to", "2026-03-31");

        result.Output.Should().Contain("| 2026-W10 | 5 | 6 |");
        result.Output.Should().Contain("| 2026-W11 | <5 | <5 |");
    }

    [Fact]
    public async Task The_report_and_its_charts_are_written_to_the_out_folder_without_any_user_id()
    {
        await SeedAsync();
        var folder = Path.Join(_directory, "report");

        var result = Run("data", "report", "--store", Database, "--from", "2026-03-01", "--to", "2026-03-31", "--out", folder);

        result.Exit.Should().Be(0, result.Error);
        File.Exists(Path.Join(folder, "questionnaire-change.svg")).Should().BeTrue();
        File.Exists(Path.Join(folder, "exercise-helpfulness.svg")).Should().BeTrue();
        var markdown = await File.ReadAllTextAsync(Path.Join(folder, "report.md"));
        markdown.Should().Contain("![questionnaire-change](questionnaire-change.svg)");
        markdown.Should().NotContain("person-");
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_named_in_the_error()
    {
        var result = Run("data", "report", "--store", Database, "--from", "March", "--to", "2026-03-31");

        result.Exit.Should().Be(1);
        result.Error.Should().Contain("--from: 'March' is not a date");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>
    /// phq9: 5 people with two scores (12 → 8); gad7: 4 people with two scores; box-breathing rated 4 by 5 people,
    /// safe-place by 4; safety flows: week 10 six flows by 5 people, week 11 four flows by 4 people.
    /// </summary>
    private async Task SeedAsync()
    {
        Directory.CreateDirectory(_directory);
        using var store = new SqliteWellbeingStore(new SqliteStorageOptions { Path = Database }, new FileKeyProvider(Database + ".keys"));
        await store.InitializeAsync();
        for (var i = 0; i < 5; i++)
        {
            var user = $"person-{i}";
            await store.AddQuestionnaireResultAsync(new QuestionnaireResult(user, Monday.AddHours(i), "phq9", 12, "moderate", [1, 1, 1, 1, 2, 2, 2, 2, 0]));
            await store.AddQuestionnaireResultAsync(new QuestionnaireResult(user, Monday.AddDays(7).AddHours(i), "phq9", 8, "mild", [1, 1, 1, 1, 1, 1, 1, 1, 0]));
            await store.AddFeedbackAsync(new ExerciseFeedback(user, Monday.AddHours(i), "box-breathing", ExerciseOutcome.Completed, 4, null));
            await store.RecordAsync(new AuditEvent(user, Monday.AddHours(i), AuditEventKind.Escalation, RiskLevel.High, [RiskCategory.SuicidalIdeation], "risk"));
        }

        await store.RecordAsync(new AuditEvent("person-0", Monday.AddDays(1), AuditEventKind.Escalation, RiskLevel.High, [RiskCategory.SuicidalIdeation], "risk"));
        for (var i = 0; i < 4; i++)
        {
            var user = $"person-{10 + i}";
            await store.AddQuestionnaireResultAsync(new QuestionnaireResult(user, Monday.AddHours(i), "gad7", 10, "moderate", [1, 1, 2, 2, 2, 1, 1]));
            await store.AddQuestionnaireResultAsync(new QuestionnaireResult(user, Monday.AddDays(3).AddHours(i), "gad7", 6, "mild", [1, 1, 1, 1, 1, 1, 0]));
            await store.AddFeedbackAsync(new ExerciseFeedback(user, Monday.AddHours(i), "safe-place", ExerciseOutcome.Completed, 5, null));
            await store.RecordAsync(new AuditEvent(user, Monday.AddDays(7).AddHours(i), AuditEventKind.Escalation, RiskLevel.High, [RiskCategory.SuicidalIdeation], "risk"));
        }
    }

    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(DataReportCommand.AddTo, args);
}
