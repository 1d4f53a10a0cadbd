using System.CommandLine;

namespace WellbeingKit.Cli.Commands;

/// <summary><c>wellbeing eval</c>: measure classifiers on labelled data.</summary>
internal static class EvalCommand
{
    /// <summary>Creates <c>eval</c> and its subcommands.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var eval = new Command("eval", "Measure a classifier on labelled data.");
        eval.Subcommands.Add(EvalRiskCommand.Create());

        // Other evaluations (eval emotion) add their subcommand here, one line each.
        return eval;
    }
}
