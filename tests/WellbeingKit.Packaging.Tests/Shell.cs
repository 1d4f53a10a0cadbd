using System.Diagnostics;
using System.Text;

namespace WellbeingKit.Packaging.Tests;

/// <summary>What a command printed and how it ended.</summary>
internal sealed record ShellResult(int ExitCode, string Output)
{
    /// <summary>Throws with the command's whole output unless it exited with 0.</summary>
    public ShellResult EnsureSuccess(string what) =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"{what} failed (exit {ExitCode}):\n{Output}");
}

/// <summary>Runs bash scripts in an isolated .NET/NuGet environment (the packaging sandbox).</summary>
internal static class Shell
{
    /// <summary>Runs <paramref name="script"/> with <c>bash -euo pipefail</c> in <paramref name="directory"/>.</summary>
    public static ShellResult Run(string script, string directory, IReadOnlyDictionary<string, string> environment, TimeSpan limit)
    {
        var file = Path.Combine(directory, $".script-{Guid.NewGuid():N}.sh");
        File.WriteAllText(file, "set -euo pipefail\n" + script + "\n");
        var start = new ProcessStartInfo("bash", [file])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(limit))
        {
            // A guard against a hung restore or app, not a speed goal.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            lock (output)
            {
                return new ShellResult(-1, $"(still running after {limit}; stopped)\n{output}");
            }
        }

        process.WaitForExit();
        File.Delete(file);
        lock (output)
        {
            return new ShellResult(process.ExitCode, output.ToString());
        }
    }
}
