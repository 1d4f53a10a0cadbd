using System.CommandLine;
using System.Globalization;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Safety;

namespace WellbeingKit.Cli.Commands;

/// <summary><c>wellbeing content lint &lt;dir&gt;</c>: checks user-facing text against the safe-messaging guidelines.</summary>
internal static class ContentLintCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var directory = new Argument<string?>("dir") { Description = "The content pack folder; the default pack when left out.", Arity = ArgumentArity.ZeroOrOne };
        var lint = new Command(
            "lint",
            "Check every user-facing text for method details, phrases the safe-messaging guidelines advise against, promises of secrecy and diagnoses "
            + "(en, es, fr, ar). Exit 0 when clean; exit 1 with one 'path: key: \"phrase\" (rule)' line per finding.")
        {
            directory,
        };
        lint.SetAction(parseResult => Run(parseResult.GetValue(directory), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return lint;
    }

    internal static int Run(string? directory, TextWriter output, TextWriter error)
    {
        IReadOnlyList<SafeMessagingFinding> findings;
        if (directory is null)
        {
            findings = SafeMessagingLint.Check(ContentPackLoader.LoadDefault());
        }
        else
        {
            // A pack folder: the built-in rules plus the pack's own lint/<locale>.yaml phrases.
            var check = ContentPackLoader.Check(directory);
            if (check.Pack is null)
            {
                foreach (var problem in check.Problems)
                {
                    error.WriteLine(Path.Combine(directory, problem.ToString()));
                }

                return 1;
            }

            findings = check.SafeMessaging;
        }
        foreach (var finding in findings)
        {
            output.WriteLine(directory is null ? finding.ToString() : Path.Combine(directory, finding.ToString()));
        }

        output.WriteLine(findings.Count == 0
            ? "No safe-messaging problems found."
            : string.Create(CultureInfo.InvariantCulture, $"{findings.Count} safe-messaging problem(s)."));
        return findings.Count == 0 ? 0 : 1;
    }
}
