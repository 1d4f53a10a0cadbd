using System.CommandLine;
using System.Diagnostics;

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

    /// <summary>Like <see cref="Run"/>, with the output and error split into lines.</summary>
    public static (int Exit, IReadOnlyList<string> Output, IReadOnlyList<string> Error) RunLines(Action<RootCommand> register, params string[] args)
    {
        var (exit, output, error) = Run(register, args);
        return (exit, Lines(output), Lines(error));
    }

    /// <summary>The non-empty lines of <paramref name="text"/>, without line ends.</summary>
    public static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];

    /// <summary>Runs the built <c>wellbeing</c> tool as its own process (as a user would) and captures its exit code and output.</summary>
    public static async Task<(int Code, string Stdout, string Stderr)> ProcessAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wellbeing.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
