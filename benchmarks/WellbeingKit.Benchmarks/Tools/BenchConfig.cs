using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace WellbeingKit.Benchmarks.Tools;

/// <summary>Adds percentile columns (P50, P95, max) to the default mean/error/allocation columns.</summary>
public sealed class PercentilesConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public PercentilesConfig()
    {
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max, StatisticColumn.OperationsPerSecond);
    }
}
