using System.CommandLine;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Cli.Commands;

/// <summary>
/// <c>wellbeing content export-default &lt;dir&gt;</c>: writes the default pack that ships inside WellbeingKit.Content.Yaml as
/// YAML files, with the JSON Schemas beside them, so an organisation can start from the whole pack, edit it and validate it.
/// </summary>
internal static class ContentExportCommand
{
    /// <summary>Adds <c>content export-default</c> to <paramref name="root"/>.</summary>
    /// <param name="root">The root command.</param>
    internal static void AddTo(Command root) => ContentCommand.AddSubcommand(root, Create());

    /// <summary>Creates the <c>export-default</c> command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "The folder to write (missing or empty)." };
        var export = new Command(
            "export-default",
            "Write the default content pack (en, es, fr, ar) as YAML files to edit, with the JSON Schemas in schemas/; then check it with 'content validate <dir>'.")
        {
            directory,
        };
        export.SetAction(parseResult => Run(parseResult.GetValue(directory)!, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return export;
    }

    /// <summary>Writes the pack and says what to do next.</summary>
    /// <returns>0 when written, 1 when the folder is not empty or cannot be written.</returns>
    internal static int Run(string directory, TextWriter output, TextWriter error)
    {
        IReadOnlyList<string> files;
        try
        {
            files = ContentPackFiles.WriteDefaultPack(directory);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            error.WriteLine($"{directory}: {e.Message}");
            return 1;
        }

        var schemas = files.Count(f => f.StartsWith(ContentPackFiles.SchemaFolder + "/", StringComparison.Ordinal));
        output.WriteLine($"{directory}: wrote the default content pack ({files.Count - schemas} content files, {schemas} JSON Schemas in {ContentPackFiles.SchemaFolder}/).");
        output.WriteLine($"Edit it, then check it: wellbeing content validate {directory}   and use it: .UseYamlContent(\"{directory}\")");
        return 0;
    }
}
