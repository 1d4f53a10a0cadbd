using System.CommandLine;
using WellbeingKit.Content.Yaml.Authoring;

namespace WellbeingKit.Cli.Commands;

/// <summary>
/// <c>wellbeing content init &lt;dir&gt; [--locales en,uk] [--brand Name]</c>: writes a small, valid, commented starting pack
/// with the JSON Schemas beside it, and says honestly what the author must still do (crisis phrases for a language
/// the kit has none for, translations, national helplines).
/// </summary>
internal static class ContentInitCommand
{
    /// <summary>Adds <c>content init</c> to <paramref name="root"/>.</summary>
    /// <param name="root">The root command.</param>
    internal static void AddTo(Command root) => ContentCommand.AddSubcommand(root, Create());

    /// <summary>Creates the <c>init</c> command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "The new pack's folder (missing or empty)." };
        var locales = new Option<string>("--locales") { Description = "The pack's languages, comma-separated (English is always included), for example en,uk.", DefaultValueFactory = _ => "en" };
        var brand = new Option<string>("--brand") { Description = "The assistant's name, shown to users wherever a text says {brand}.", DefaultValueFactory = _ => "Kit" };
        var init = new Command("init", "Write a small, valid, commented content pack to start from: a check-in, two exercises, a safety flow, helplines to fill, stories, and the JSON Schemas for editor hints.")
        {
            directory,
            locales,
            brand,
        };
        init.SetAction(parseResult => Run(
            parseResult.GetValue(directory)!,
            parseResult.GetValue(locales)!,
            parseResult.GetValue(brand)!,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return init;
    }

    /// <summary>Writes the pack; prints the files and the next steps.</summary>
    /// <returns>0 when written, 1 when the folder is not empty or a locale is not well formed.</returns>
    internal static int Run(string directory, string locales, string brand, TextWriter output, TextWriter error)
    {
        TemplateResult result;
        try
        {
            result = PackTemplate.Write(directory, locales.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), brand);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            error.WriteLine($"{directory}: {e.Message}");
            return 1;
        }

        output.WriteLine($"{directory}: wrote a starting pack ({result.Files.Count(f => !f.StartsWith(PackTemplate.SchemaFolder + "/", StringComparison.Ordinal))} content files, JSON Schemas in {PackTemplate.SchemaFolder}/).");
        output.WriteLine("Next steps:");
        foreach (var step in result.NextSteps)
        {
            output.WriteLine("  - " + step);
        }

        output.WriteLine($"Then check it: wellbeing content validate {directory}   and try it: wellbeing content test {directory}");
        return 0;
    }
}
