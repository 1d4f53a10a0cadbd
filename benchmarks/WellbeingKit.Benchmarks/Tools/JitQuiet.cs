using System.Diagnostics;

namespace WellbeingKit.Benchmarks.Tools;

/// <summary>
/// Waits until the JIT has stopped compiling: .NET's tiered compilation recompiles hot methods on a background thread
/// some time after they got hot, and after a start-up that loaded the content pack that is thousands of methods (about
/// half a CPU-second) which would otherwise be counted in a measured loop that follows.
/// </summary>
internal static class JitQuiet
{
    /// <summary>Waits until no method was compiled for half a second (at most 20 seconds).</summary>
    /// <returns>How long it waited.</returns>
    public static TimeSpan Wait()
    {
        var start = Stopwatch.GetTimestamp();
        var count = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quiet = 0;
        while (quiet < 5 && Stopwatch.GetElapsedTime(start) < TimeSpan.FromSeconds(20))
        {
            Thread.Sleep(100);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            quiet = now == count ? quiet + 1 : 0;
            count = now;
        }

        return Stopwatch.GetElapsedTime(start);
    }
}
