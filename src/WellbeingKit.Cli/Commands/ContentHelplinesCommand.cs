using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using WellbeingKit.Content;

namespace WellbeingKit.Cli.Commands;

/// <summary>
/// <c>wellbeing content helplines [dir] [--country CC] [--stale 12m]</c>: lists a pack's helplines with their number,
/// topics, when they were checked and their source; <c>--stale</c> lists only those not checked within the period.
/// </summary>
internal static class ContentHelplinesCommand
{
    private static readonly Regex Period = new(@"^(?<count>[0-9]{1,4})(?<unit>[dmy])$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var directory = new Argument<string?>("dir") { Description = "The content pack folder; the default pack when left out.", Arity = ArgumentArity.ZeroOrOne };
        var country = new Option<string?>("--country") { Description = "Only this country (ISO 3166-1 alpha-2, for example MA; * for the international entries)." };
        var stale = new Option<string?>("--stale")
        {
            Description = "Only entries not checked within this period (for example 12m, 1y, 90d), or never checked. Exit 1 when there are any.",
        };
        var helplines = new Command(
            "helplines",
            "List the pack's helplines: country, name, number, topics, when each was checked and its source. With --stale, list only the "
            + "entries due for a check (exit 1 when there are any, 0 when none).")
        {
            directory,
            country,
            stale,
        };
        helplines.SetAction(parseResult => Run(
            parseResult.GetValue(directory),
            parseResult.GetValue(country),
            parseResult.GetValue(stale),
            DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return helplines;
    }

    /// <summary>Lists the helplines of the pack in <paramref name="directory"/> (the default pack when null).</summary>
    /// <returns>0 when listed (and with <paramref name="stale"/>, none is due); 1 when some are due; 2 on bad input.</returns>
    internal static int Run(string? directory, string? country, string? stale, DateOnly today, TextWriter output, TextWriter error)
    {
        int? months = null;
        int? days = null;
        if (stale is not null)
        {
            var match = Period.Match(stale.Trim());
            if (!match.Success)
            {
                error.WriteLine($"--stale '{stale}' is not a period: write a number and a unit, for example 12m (months), 1y (years) or 90d (days)");
                return 2;
            }

            var count = int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
            switch (match.Groups["unit"].Value)
            {
                case "d":
                    days = count;
                    break;
                case "y":
                    months = count * 12;
                    break;
                default:
                    months = count;
                    break;
            }
        }

        var pack = ContentTestCommand.TryLoadPack(directory, error);
        if (pack is null)
        {
            return 1;
        }

        var since = months is { } m ? today.AddMonths(-m) : days is { } d ? today.AddDays(-d) : (DateOnly?)null;
        var lines = pack.Helplines
            .Where(h => country is null || string.Equals(h.Country, country, StringComparison.OrdinalIgnoreCase))
            .OrderBy(h => h.Country == Helpline.International ? 1 : 0)
            .ThenBy(h => h.Country, StringComparer.Ordinal)
            .ToList();
        var shown = since is { } cutoff ? lines.Where(h => CheckedOn(h) is not { } date || date < cutoff).ToList() : lines;
        foreach (var line in shown)
        {
            var contact = line.Phone ?? line.Sms ?? line.Url ?? "";
            var checkedText = line.Checked is null ? "never checked" : "checked " + line.Checked;
            output.WriteLine($"{line.Country}\t{line.Name}\t{contact}\t[{string.Join(", ", line.Topics)}]\t{checkedText}\t{line.Source}");
        }

        if (since is null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shown.Count} helpline(s) in {shown.Select(h => h.Country).Distinct().Count()} countr(y/ies)."));
            return 0;
        }

        output.WriteLine(shown.Count == 0
            ? $"No helpline is due: all {lines.Count} were checked within {stale}."
            : string.Create(CultureInfo.InvariantCulture, $"{shown.Count} of {lines.Count} helpline(s) not checked within {stale}: check each against its source, then update 'checked:'."));
        return shown.Count == 0 ? 0 : 1;
    }

    /// <summary>The day an entry was checked: <c>yyyy-MM-dd</c>, or the first day of <c>yyyy-MM</c>; null when never or unreadable.</summary>
    private static DateOnly? CheckedOn(Helpline line)
    {
        if (line.Checked is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
    }
}
