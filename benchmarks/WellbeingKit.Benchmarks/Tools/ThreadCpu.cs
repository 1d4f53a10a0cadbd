using System.Globalization;

namespace WellbeingKit.Benchmarks.Tools;

/// <summary>
/// CPU time of every thread of this process, from Linux's <c>/proc/self/task/&lt;tid&gt;/schedstat</c> (nanoseconds on a
/// CPU) and <c>comm</c> (the thread's name): shows how much of a run's process CPU was the measuring thread and how
/// much background threads (tiered JIT, GC, thread pool). Empty where /proc is not available.
/// </summary>
internal static class ThreadCpu
{
    /// <summary>Thread id to (name, CPU nanoseconds so far).</summary>
    public static Dictionary<int, (string Name, long Nanoseconds)> Snapshot()
    {
        var result = new Dictionary<int, (string, long)>();
        if (!Directory.Exists("/proc/self/task"))
        {
            return result;
        }

        foreach (var folder in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var tid = int.Parse(Path.GetFileName(folder), CultureInfo.InvariantCulture);
                var ns = long.Parse(File.ReadAllText(Path.Combine(folder, "schedstat")).Split(' ')[0], CultureInfo.InvariantCulture);
                result[tid] = (File.ReadAllText(Path.Combine(folder, "comm")).Trim(), ns);
            }
            catch (IOException)
            {
                // the thread ended between listing and reading
            }
        }

        return result;
    }

    /// <summary>CPU seconds per thread name between two snapshots, largest first, as <c>name:seconds</c> joined by commas (spaces become '_').</summary>
    public static string Between(Dictionary<int, (string Name, long Nanoseconds)> before, Dictionary<int, (string Name, long Nanoseconds)> after) =>
        string.Join(',', after
            .Select(t => (t.Value.Name, Ns: t.Value.Nanoseconds - (before.TryGetValue(t.Key, out var b) ? b.Nanoseconds : 0)))
            .GroupBy(t => t.Name.Replace(' ', '_'), StringComparer.Ordinal)
            .Select(g => (g.Key, Seconds: g.Sum(t => t.Ns) / 1e9))
            .Where(g => g.Seconds >= 0.0005)
            .OrderByDescending(g => g.Seconds)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}:{g.Seconds:0.000}")));
}
