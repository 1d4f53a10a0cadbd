using System.CommandLine;

namespace WellbeingKit.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("wellbeing: validate WellbeingKit content, chat in a terminal, train and evaluate classifiers.");
        root.Subcommands.Add(Commands.DataCommand.Create());
        Commands.ContentCommand.AddTo(root);
        root.Subcommands.Add(Commands.EvalCommand.Create());
        root.Subcommands.Add(Commands.ChatCommand.Create());
        Commands.ContentTestCommand.AddTo(root);
        Commands.ContentInitCommand.AddTo(root);
        Commands.ContentExportCommand.AddTo(root);
        Commands.ContentLocaleCommand.AddTo(root);
        Commands.ContentLexiconCommand.AddTo(root);
        root.Subcommands.Add(Commands.ServeCommand.Create());
        root.Subcommands.Add(Commands.TrainCommand.Create());
        Commands.EvalEmotionCommand.AddTo(root);
        Commands.StringsCommand.AddTo(root);
        Commands.DataReportCommand.AddTo(root);
        return root.Parse(args).Invoke();
    }
}
