using System.CommandLine;
using System.Globalization;
using System.Text;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml.Strings;

namespace WellbeingKit.Cli.Commands;

/// <summary>
/// <c>wellbeing content strings export|import|coverage</c>: the translator workflow. Translators get an XLIFF 2.0 or
/// CSV file with every user-facing string, its key, source text, notes and current translation; the filled file is
/// merged back into the pack's YAML in place.
/// </summary>
internal static class StringsCommand
{
    /// <summary>Adds <c>content strings</c> to <paramref name="root"/>.</summary>
    /// <param name="root">The root command.</param>
    internal static void AddTo(Command root) => ContentCommand.AddSubcommand(root, Create());

    /// <summary>Creates the <c>strings</c> command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var strings = new Command("strings", "Translator workflow: export strings to XLIFF/CSV, import filled files, show translation coverage.");
        strings.Subcommands.Add(CreateExport());
        strings.Subcommands.Add(CreateImport());
        strings.Subcommands.Add(CreateCoverage());
        return strings;
    }

    private static Command CreateExport()
    {
        var pack = new Argument<string>("pack") { Description = "The content pack folder (holding pack.yaml)." };
        var locale = new Option<string>("--locale") { Description = "The target locale, e.g. sw.", Required = true };
        var format = new Option<string>("--format") { Description = "xliff (XLIFF 2.0) or csv.", DefaultValueFactory = _ => "xliff" };
        format.AcceptOnlyFromAmong("xliff", "csv");
        var output = new Option<string?>("--out") { Description = "The file to write (default: standard output)." };
        var command = new Command("export", "Write every user-facing string with its key, source text, context notes and current translation.") { pack, locale, format, output };
        command.SetAction(r => Export(r.GetValue(pack)!, r.GetValue(locale)!, r.GetValue(format)!, r.GetValue(output), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    private static Command CreateImport()
    {
        var pack = new Argument<string>("pack") { Description = "The content pack folder (holding pack.yaml)." };
        var file = new Option<string>("--file") { Description = "The filled translation file (.xlf/.xliff or .csv).", Required = true };
        var locale = new Option<string?>("--locale") { Description = "The target locale (default: the XLIFF trgLang; required for CSV)." };
        var allow = new Option<bool>("--allow-validated-changes") { Description = "Apply changes to validated (licensed) questionnaire translations." };
        var command = new Command("import", "Merge a filled translation file into messages/<locale>.yaml and the exercise, questionnaire, helpline and flow files; report conflicts, untranslated keys and placeholder mismatches.")
        {
            pack, file, locale, allow,
        };
        command.SetAction(r => Import(r.GetValue(pack)!, r.GetValue(file)!, r.GetValue(locale), r.GetValue(allow), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    private static Command CreateCoverage()
    {
        var pack = new Argument<string>("pack") { Description = "The content pack folder (holding pack.yaml)." };
        var command = new Command("coverage", "Print per locale the strings translated, copied unchanged from the default locale, left to fall back (partial locales) and missing; exit 1 when a locale marked 'complete: true' in pack.yaml has gaps (listed).") { pack };
        command.SetAction(r => Coverage(r.GetValue(pack)!, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Exports the strings of <paramref name="pack"/> for <paramref name="locale"/>.</summary>
    /// <returns>0 on success, 1 when the pack cannot be read.</returns>
    internal static int Export(string pack, string locale, string format, string? outFile, TextWriter output, TextWriter error)
    {
        if (!TryRead(pack, locale, error, out var catalog))
        {
            return 1;
        }

        var packId = catalog.PackId;
        using var writer = outFile is null ? null : new StreamWriter(outFile, append: false, new UTF8Encoding(false));
        var target = (TextWriter?)writer ?? output;
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            StringsFormats.WriteCsv(target, catalog.Strings);
        }
        else
        {
            StringsFormats.WriteXliff(target, packId, catalog.DefaultLocale, locale, catalog.Strings);
        }

        var all = catalog.Strings.ToList();
        if (outFile is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outFile}: {all.Count} strings for '{locale}' ({all.Count(s => s.Target is not null)} translated, {all.Count(s => s.Validated)} validated)"));
        }

        return 0;
    }

    /// <summary>Imports a filled file.</summary>
    /// <returns>0 when everything given was applied or unchanged, 1 when something was refused or the input is bad.</returns>
    internal static int Import(string pack, string file, string? locale, bool allowValidated, TextWriter output, TextWriter error)
    {
        List<TranslatedString> rows;
        string read;
        try
        {
            if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                if (locale is null)
                {
                    error.WriteLine($"{file}: a CSV file does not name its locale; pass --locale");
                    return 1;
                }

                // Spreadsheets save CSV in their own encoding (Windows-1251 for Ukrainian Excel) and separator (';' where the comma is the decimal mark).
                var (text, encoding) = TranslationFileText.Decode(File.ReadAllBytes(file), locale, file);
                var separator = StringsFormats.Separator(text);
                rows = StringsFormats.ReadCsv(new StringReader(text), file, separator);
                read = $"{encoding}, separator {(separator == '\t' ? "tab" : $"'{separator}'")}";
            }
            else
            {
                using var reader = new StreamReader(file, Encoding.UTF8);
                read = "XLIFF";
                var (fileLocale, xliffRows) = StringsFormats.ReadXliff(reader, file);
                if (locale is not null && fileLocale is not null && !string.Equals(locale, fileLocale, StringComparison.OrdinalIgnoreCase))
                {
                    error.WriteLine($"{file}: trgLang is '{fileLocale}' but --locale is '{locale}'");
                    return 1;
                }

                locale ??= fileLocale;
                if (locale is null)
                {
                    error.WriteLine($"{file}: the <xliff> element has no trgLang; pass --locale");
                    return 1;
                }

                rows = xliffRows;
            }
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return 1;
        }

        ImportResult result;
        try
        {
            result = PackStringImporter.Import(pack, locale, rows, allowValidated);
        }
        catch (ContentValidationException e)
        {
            WriteProblems(pack, e, error);
            return 1;
        }

        // A short summary: what needs the translator's attention line by line; strings left untranslated only as a count.
        foreach (var issue in result.Issues.Where(i => i.Kind != ImportIssueKind.Untranslated).OrderBy(i => i.Kind).ThenBy(i => i.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{Label(issue.Kind)}: {issue.Key}: {issue.Message}");
        }

        var count = result.Issues.GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{locale} ({read}): {result.Applied} applied, {result.Unchanged} unchanged, {count.GetValueOrDefault(ImportIssueKind.Untranslated)} untranslated (see 'content strings coverage'), "
            + $"{count.GetValueOrDefault(ImportIssueKind.Conflict)} conflicts, {count.GetValueOrDefault(ImportIssueKind.PlaceholderMismatch)} placeholder mismatches, "
            + $"{count.GetValueOrDefault(ImportIssueKind.ValidatedRefused)} validated refused, {count.GetValueOrDefault(ImportIssueKind.UnknownKey)} unknown keys; "
            + $"files written: {(result.FilesWritten.Count == 0 ? "none" : string.Join(", ", result.FilesWritten))}"));
        var refused = result.Issues.Any(i => i.Kind is not ImportIssueKind.Untranslated);
        return refused ? 1 : 0;
    }

    /// <summary>Prints the per-locale coverage table.</summary>
    /// <returns>0, or 1 when a locale marked complete has gaps.</returns>
    internal static int Coverage(string pack, TextWriter output, TextWriter error)
    {
        if (!TryRead(pack, "en", error, out var first))
        {
            return 1;
        }

        var codes = first.Locales.Select(l => l.Code).ToList();
        var messages = Path.Join(pack, "messages");
        if (Directory.Exists(messages))
        {
            codes.AddRange(Directory.EnumerateFiles(messages, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(c => !codes.Contains(c)).Order(StringComparer.Ordinal));
        }

        output.WriteLine($"| locale | complete | translated | total | % | same as {first.DefaultLocale} | falls back | missing |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        var failures = new List<(string Locale, List<PackString> Gaps)>();
        foreach (var code in codes)
        {
            if (!TryRead(pack, code, error, out var catalog))
            {
                return 1;
            }

            // Copied source text is not a translation: it is counted apart, as are the strings a partial locale leaves to its fallback.
            var coverage = catalog.Coverage();
            var complete = first.Locales.FirstOrDefault(l => l.Code == code)?.Complete ?? false;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {code} | {(complete ? "yes" : first.Locales.Any(l => l.Code == code && l.Fallback is not null) ? "partial" : "no")} | {coverage.Translated} | {coverage.Total} | {coverage.Percent:0.0} | {coverage.Copied} | {coverage.FallsBack} | {coverage.Missing} |"));
            var gaps = catalog.Strings.Where(s => s.Target is null).ToList();
            if (complete && gaps.Count > 0)
            {
                failures.Add((code, gaps));
            }
        }

        foreach (var (code, gaps) in failures)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{code} is marked complete in pack.yaml but {gaps.Count} string(s) are not translated:"));
            foreach (var gap in gaps)
            {
                error.WriteLine($"  {gap.Key} ({gap.File})");
            }
        }

        return failures.Count > 0 ? 1 : 0;
    }

    private static bool TryRead(string pack, string locale, TextWriter error, out PackStringCatalog catalog)
    {
        try
        {
            catalog = PackStringCatalog.Read(pack, locale);
            return true;
        }
        catch (ContentValidationException e)
        {
            WriteProblems(pack, e, error);
            catalog = null!;
            return false;
        }
    }

    private static void WriteProblems(string pack, ContentValidationException e, TextWriter error)
    {
        foreach (var p in e.Problems)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.Join(pack, p.Path)}:{p.Line}:{p.Column}: {p.Message}"));
        }
    }

    private static string Label(ImportIssueKind kind) => kind switch
    {
        ImportIssueKind.Conflict => "conflict",
        ImportIssueKind.Untranslated => "untranslated",
        ImportIssueKind.PlaceholderMismatch => "placeholder mismatch",
        ImportIssueKind.ValidatedRefused => "validated",
        _ => "unknown key",
    };
}
