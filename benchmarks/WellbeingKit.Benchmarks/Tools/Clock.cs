using System.Diagnostics;

namespace WellbeingKit.Benchmarks.Tools;

/// <summary>
/// Wall-clock and CPU time of a measured section. On a loaded machine the thread gets only part of a core, so the
/// per-core figures divide the work by the process's CPU time, not by the wall-clock time.
/// </summary>
internal readonly record struct Timing(double WallSeconds, double CpuSeconds)
{
    public static Timing Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        action();
        var wall = Stopwatch.GetElapsedTime(start);
        process.Refresh();
        return new Timing(wall.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>Per second of wall-clock time.</summary>
    public double PerWallSecond(double amount) => amount / WallSeconds;

    /// <summary>Per second of CPU time (one core busy for one second).</summary>
    public double PerCpuSecond(double amount) => amount / Math.Max(CpuSeconds, 1e-9);
}

/// <summary>Percentiles of a set of durations.</summary>
internal static class Percentiles
{
    /// <summary>The <paramref name="p"/> percentile (0..1, nearest rank) of sorted values.</summary>
    public static double Of(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Stopwatch ticks to microseconds, sorted.</summary>
    public static double[] Micros(long[] ticks) => ticks.Select(t => t * 1_000_000.0 / Stopwatch.Frequency).Order().ToArray();
}
