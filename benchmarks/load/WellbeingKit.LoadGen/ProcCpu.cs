using System.Globalization;

namespace WellbeingKit.LoadGen;

/// <summary>CPU time of processes from <c>/proc/&lt;pid&gt;/stat</c> (utime + stime, in clock ticks of 10 ms).</summary>
internal static class ProcCpu
{
    public const double TickMs = 10.0;

    /// <summary>utime + stime of the process, and cutime + cstime (its reaped children), in ticks; null when it is gone.</summary>
    public static (long Own, long Children)? Read(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) may hold spaces and parentheses: the fields after it start after the last ')'.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');

        // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17.
        long F(int field) => long.Parse(fields[field - 3], CultureInfo.InvariantCulture);
        return (F(14) + F(15), F(16) + F(17));
    }

    public static int ParentOf(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    /// <summary>The children of <paramref name="parent"/> now (PostgreSQL's backends and background workers).</summary>
    public static List<int> ChildrenOf(int parent)
    {
        var list = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) == parent)
            {
                list.Add(pid);
            }
        }

        return list;
    }

    /// <summary>Busy and total jiffies of the whole machine (first line of /proc/stat).</summary>
    public static (long Busy, long Total) Machine()
    {
        var line = File.ReadLines("/proc/stat").First();
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var idle = parts[3] + parts[4];
        var total = parts.Take(8).Sum();
        return (total - idle, total);
    }

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}

/// <summary>A snapshot of the CPU of every process of a run: the hosts, the generator, and a PostgreSQL cluster (postmaster and children).</summary>
internal sealed class CpuSnapshot
{
    private CpuSnapshot(Dictionary<int, long> hosts, long generator, Dictionary<int, long> postgres, long postgresReaped, (long Busy, long Total) machine)
    {
        Hosts = hosts;
        Generator = generator;
        Postgres = postgres;
        PostgresReaped = postgresReaped;
        MachineTicks = machine;
    }

    public Dictionary<int, long> Hosts { get; }

    public long Generator { get; }

    public Dictionary<int, long> Postgres { get; }

    public long PostgresReaped { get; }

    public (long Busy, long Total) MachineTicks { get; }

    public static CpuSnapshot Take(IReadOnlyList<int> hostPids, int? postmaster)
    {
        var hosts = hostPids.ToDictionary(p => p, p => ProcCpu.Read(p)?.Own ?? 0);
        var generator = ProcCpu.Read(Environment.ProcessId)?.Own ?? 0;
        var postgres = new Dictionary<int, long>();
        long reaped = 0;
        if (postmaster is { } pm)
        {
            if (ProcCpu.Read(pm) is { } own)
            {
                postgres[pm] = own.Own;
                reaped = own.Children;
            }

            foreach (var child in ProcCpu.ChildrenOf(pm))
            {
                if (ProcCpu.Read(child) is { } c)
                {
                    postgres[child] = c.Own;
                }
            }
        }

        return new CpuSnapshot(hosts, generator, postgres, reaped, ProcCpu.Machine());
    }

    /// <summary>CPU milliseconds between two snapshots: per host, generator, PostgreSQL (processes that ended count through the postmaster's reaped-children time).</summary>
    public static (double[] Hosts, double Generator, double Postgres, double MachineBusyShare) Delta(CpuSnapshot start, CpuSnapshot end)
    {
        var hosts = end.Hosts.Keys.Order().Select(p => (end.Hosts[p] - start.Hosts.GetValueOrDefault(p)) * ProcCpu.TickMs).ToArray();
        var postgres = end.Postgres.Sum(kv => kv.Value - start.Postgres.GetValueOrDefault(kv.Key)) + (end.PostgresReaped - start.PostgresReaped);
        var busy = end.MachineTicks.Busy - start.MachineTicks.Busy;
        var total = end.MachineTicks.Total - start.MachineTicks.Total;
        return (hosts, (end.Generator - start.Generator) * ProcCpu.TickMs, postgres * ProcCpu.TickMs, total == 0 ? 0 : (double)busy / total);
    }
}
