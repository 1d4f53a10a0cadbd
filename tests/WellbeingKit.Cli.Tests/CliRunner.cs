using System.CommandLine;

namespace WellbeingKit.Cli.Tests;

/// <summary>Runs CLI commands in-process and captures their output.</summary>
internal static class CliRunner
{
    /// <summary>Registers commands on a fresh root with <paramref name="register"/> and runs <paramref name="args"/>.</summary>
    public static (int Exit, string Output, string Error) Run(Action<RootCommand> register, params string[] args)
    {
        var root = new RootCommand();
        register(root);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
