using BenchmarkDotNet.Running;

namespace WellbeingKit.Benchmarks;

internal static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "simulate-selection")
        {
            Environment.ExitCode = Selection.SelectionSimulation.RunAsync(args[1..]).GetAwaiter().GetResult();
            return;
        }

        if (Tools.Modes.TryRunAsync(args).GetAwaiter().GetResult() is { } exitCode)
        {
            Environment.ExitCode = exitCode;
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
