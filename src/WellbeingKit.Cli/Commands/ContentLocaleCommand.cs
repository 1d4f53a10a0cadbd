using System.CommandLine;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml.Authoring;

namespace WellbeingKit.Cli.Commands;

/// <summary>
/// <c>wellbeing content add-locale &lt;dir&gt; &lt;locale&gt;</c> and <c>remove-locale</c>: add a language to a pack as a partial
/// locale (texts fall back to the default locale until translated; the safety texts are left for the author), or remove
/// one with its files and its texts in every content file.
/// </summary>
internal static class ContentLocaleCommand
{
    /// <summary>Adds <c>content add-locale</c> and <c>content remove-locale</c> to <paramref name="root"/>.</summary>
    /// <param name="root">The root command.</param>
    internal static void AddTo(Command root)
    {
        ContentCommand.AddSubcommand(root, Create("add-locale", "Add a language to the pack as a partial locale: pack.yaml gets it with 'fallback:', messages/<locale>.yaml lists the safety flow's texts to translate, and the next steps name what validate will ask for.", PackLocaleEditor.Add));
        ContentCommand.AddSubcommand(root, Create("remove-locale", "Remove a language from the pack: its pack.yaml entry, its messages, lexicon and lint files, and its texts in every exercise, questionnaire, helpline and flow.", PackLocaleEditor.Remove));
    }

    private static Command Create(string name, string description, Func<string, string, TemplateResult> edit)
    {
        var directory = new Argument<string>("dir") { Description = "The content pack folder (holding pack.yaml)." };
        var locale = new Argument<string>("locale") { Description = "The locale, for example uk, sw or pt-BR." };
        var command = new Command(name, description) { directory, locale };
        command.SetAction(r => Run(edit, r.GetValue(directory)!, r.GetValue(locale)!, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs one edit; prints the files and the next steps.</summary>
    /// <returns>0 when done, 1 when the pack or the locale was refused (nothing is written then).</returns>
    internal static int Run(Func<string, string, TemplateResult> edit, string directory, string locale, TextWriter output, TextWriter error)
    {
        if (!File.Exists(Path.Join(directory, "pack.yaml")))
        {
            error.WriteLine($"{directory}: no pack.yaml here; give the pack's folder");
            return 1;
        }

        TemplateResult result;
        try
        {
            result = edit(directory, locale);
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"{directory}: {(e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal))}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{directory}: {e.Message}");
            return 1;
        }
        catch (ContentValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                error.WriteLine($"{Path.Join(directory, problem.Path)}:{problem.Line}:{problem.Column}: {problem.Message}");
            }

            return 1;
        }

        output.WriteLine($"{directory}: {string.Join(", ", result.Files)}");
        foreach (var step in result.NextSteps)
        {
            output.WriteLine("  - " + step);
        }

        output.WriteLine($"Then check it: wellbeing content validate {directory}");
        return 0;
    }
}
