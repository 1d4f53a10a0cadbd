using System.CommandLine;
using System.Globalization;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Cli.Commands;

/// <summary>
/// <c>wellbeing content ...</c>: commands for content packs. <c>validate</c> lives here; other subcommands
/// (<c>test</c>, <c>diagram</c>, <c>strings</c>) live in their own files and are added with one line in Program.cs:
/// <code>ContentCommand.AddSubcommand(root, ContentTestCommand.Create());</code>
/// Registration is order-independent: <see cref="AddTo"/> and <see cref="AddSubcommand"/> create the <c>content</c>
/// command when it is missing and reuse it otherwise.
/// </summary>
internal static class ContentCommand
{
    public const string Name = "content";

    /// <summary>Creates the <c>content</c> command with its <c>validate</c> subcommand.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var content = new Command(Name, "Work with content packs (YAML): validate them.");
        content.Subcommands.Add(CreateValidate());
        return content;
    }

    /// <summary>
    /// Adds <c>content validate</c> to <paramref name="root"/>: creates the <c>content</c> command when it is not there
    /// yet, so that the order in which Program.cs registers content subcommands does not matter.
    /// </summary>
    /// <param name="root">The root command.</param>
    internal static void AddTo(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var content = root.Subcommands.FirstOrDefault(c => c.Name == Name);
        if (content is null)
        {
            root.Subcommands.Add(Create());
        }
        else if (!content.Subcommands.Any(c => c.Name == "validate"))
        {
            content.Subcommands.Insert(0, CreateValidate());
        }
    }

    /// <summary>Adds a subcommand to the <c>content</c> command of <paramref name="root"/> (created if it is not there yet).</summary>
    /// <param name="root">The root command.</param>
    /// <param name="subcommand">The subcommand, for example <c>content test</c>.</param>
    internal static void AddSubcommand(Command root, Command subcommand)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(subcommand);
        var content = root.Subcommands.FirstOrDefault(c => c.Name == Name);
        if (content is null)
        {
            content = Create();
            root.Subcommands.Add(content);
        }

        content.Subcommands.Add(subcommand);
    }

    private static Command CreateValidate()
    {
        var directory = new Argument<string>("dir") { Description = "The content pack folder (holding pack.yaml)." };
        var validate = new Command(
            "validate",
            "Check a content pack: every file against its JSON Schema, references, reachable states, translations, and a safety flow and a helpline for every locale. "
            + "Exit 0 with a summary when valid; exit 1 with one 'path:line:col: message' line per problem (paths start with <dir> as given).")
        {
            directory,
        };
        validate.SetAction(parseResult => Validate(
            parseResult.GetValue(directory)!,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return validate;
    }

    /// <summary>Validates the pack in <paramref name="directory"/>; writes a summary or one line per problem.</summary>
    /// <returns>0 when valid, 1 otherwise.</returns>
    internal static int Validate(string directory, TextWriter output, TextWriter error)
    {
        var check = ContentPackLoader.Check(directory);
        foreach (var warning in check.Warnings)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Located(directory, warning.Path)}:{warning.Line}:{warning.Column}: warning: {warning.Message}"));
        }

        if (check.Pack is not { } pack)
        {
            foreach (var problem in check.Problems)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Located(directory, problem.Path)}:{problem.Line}:{problem.Column}: {problem.Message}"));
            }

            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{check.Problems.Count} problem(s) in {directory}"));
            return 1;
        }

        // A pack that loads must also pass the safe-messaging lint (no method details, no advised-against phrases).
        var findings = check.SafeMessaging;
        if (findings.Count > 0)
        {
            foreach (var finding in findings)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Located(directory, finding.Path)}:0:0: {finding.Key}: \"{finding.Phrase}\" is not safe messaging ({finding.Rule})"));
            }

            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{findings.Count} safe-messaging problem(s) in {directory}"));
            return 1;
        }

        var locales = pack.Manifest.Locales.Count > 0 ? pack.Manifest.Locales.Select(l => l.Code).ToList() : [pack.Manifest.DefaultLocale];
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{directory}: valid content pack '{pack.Manifest.Id}' {pack.Manifest.Version}: {pack.Exercises.Count} exercises, {pack.Flows.Count} flows, "
            + $"{pack.Questionnaires.Count} questionnaires, {pack.Helplines.Count} helplines, {locales.Count} locales ({string.Join(", ", locales)})"));
        return 0;
    }

    /// <summary>The problem's path as the user can open it: the folder as given, then the path inside the pack.</summary>
    private static string Located(string directory, string path) =>
        path.Length == 0 ? directory : Path.Join(directory, path).Replace('\\', '/');
}
