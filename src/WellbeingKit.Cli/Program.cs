using System.CommandLine;

namespace WellbeingKit.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("wellbeing: validate WellbeingKit content, chat in a terminal, train and evaluate classifiers.");
        root.Subcommands.Add(Commands.DataCommand.Create());
        return root.Parse(args).Invoke();
    }
}
