using BenchmarkDotNet.Attributes;
using WellbeingKit.Benchmarks.Tools;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Benchmarks.Content;

/// <summary>
/// Loading and validating the embedded default content pack (YAML parse, schema checks, model build).
/// Run: <c>dotnet run -c Release --project benchmarks/WellbeingKit.Benchmarks -- --filter *PackLoadBenchmarks* --job short</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentilesConfig))]
public class PackLoadBenchmarks
{
    /// <summary>One full load of the default pack.</summary>
    [Benchmark]
    public ContentPack Load_default_pack() => ContentPackLoader.LoadDefault();
}
