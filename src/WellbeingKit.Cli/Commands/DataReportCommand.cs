using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using WellbeingKit.Cli.Reports;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Sqlite;

namespace WellbeingKit.Cli.Commands;

/// <summary><c>wellbeing data report</c>: an aggregate, k-suppressed outcome report from a SQLite store.</summary>
internal static class DataReportCommand
{
    /// <summary>Adds <c>data report</c> to <paramref name="root"/> (creating the <c>data</c> command when missing).</summary>
    /// <param name="root">The root command.</param>
    internal static void AddTo(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var data = root.Subcommands.FirstOrDefault(c => c.Name == "data");
        if (data is null)
        {
            data = new Command("data", "Work with the data a kit stored: aggregate reports.");
            root.Subcommands.Add(data);
        }

        data.Subcommands.Add(Create());
    }

    private static Command Create()
    {
        var store = new Option<string>("--store") { Description = "The SQLite database file (its key file is <store>.keys unless --keys is given).", Required = true };
        var keys = new Option<string?>("--keys") { Description = "The key file (default: <store>.keys)." };
        var from = new Option<string>("--from") { Description = "The first day (yyyy-MM-dd, UTC).", Required = true };
        var to = new Option<string>("--to") { Description = "The last day, inclusive (yyyy-MM-dd, UTC).", Required = true };
        var output = new Option<string?>("--out") { Description = "A folder for report.md and the SVG charts (default: Markdown to standard output, no charts)." };
        var command = new Command("report", "Print an aggregate outcome report (questionnaire change, exercise helpfulness, safety flows per week); every cell of fewer than 5 people shows \"<5\".")
        {
            store, keys, from, to, output,
        };
        command.SetAction((r, ct) => RunAsync(r.GetValue(store)!, r.GetValue(keys), r.GetValue(from)!, r.GetValue(to)!, r.GetValue(output), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error, ct));
        return command;
    }

    /// <summary>Runs the report.</summary>
    /// <returns>0 on success, 1 on bad input.</returns>
    internal static async Task<int> RunAsync(string store, string? keys, string fromText, string toText, string? outDir, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!TryDay(fromText, "--from", error, out var from) || !TryDay(toText, "--to", error, out var toDay))
        {
            return 1;
        }

        var to = toDay.AddDays(1).AddTicks(-1);
        if (to < from)
        {
            error.WriteLine($"--to ({toText}) is before --from ({fromText})");
            return 1;
        }

        if (!File.Exists(store))
        {
            error.WriteLine($"--store: the database file '{store}' does not exist");
            return 1;
        }

        OutcomeReport report;
        try
        {
            using var sqlite = new SqliteWellbeingStore(new SqliteStorageOptions { Path = store }, new FileKeyProvider(keys ?? store + ".keys"));
            var scores = await sqlite.ReadScoresAsync(from, to, cancellationToken);
            var feedback = await sqlite.GetAllFeedbackAsync(from, cancellationToken);
            var audit = await sqlite.ReadAsync(from, to, cancellationToken);
            report = OutcomeReport.Build(from, to, scores, feedback, audit);
        }
        catch (SqliteException e)
        {
            error.WriteLine($"--store: '{store}' could not be read as a WellbeingKit SQLite store: {e.Message}");
            return 1;
        }

        if (outDir is null)
        {
            output.Write(report.ToMarkdown([]));
            return 0;
        }

        Directory.CreateDirectory(outDir);
        var charts = report.SaveCharts(outDir);
        var markdown = Path.Join(outDir, "report.md");
        await File.WriteAllTextAsync(markdown, report.ToMarkdown(charts), cancellationToken);
        output.WriteLine($"{markdown}: outcome report written ({charts.Count} chart(s))");
        return 0;
    }

    private static bool TryDay(string text, string option, TextWriter error, out DateTimeOffset day)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            day = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        error.WriteLine($"{option}: '{text}' is not a date (expected yyyy-MM-dd)");
        day = default;
        return false;
    }
}
