using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Benchmarks.Screening;
using WellbeingKit.Benchmarks.Tools;
using WellbeingKit.Conversations;

namespace WellbeingKit.Benchmarks.Conversations;

/// <summary>
/// One full <see cref="IWellbeingKit.HandleAsync"/> turn of the kit a host builds (default pack, lexicon + ML screening,
/// ML emotions) with the in-memory store or a SQLite file: a user at the menu question writes free text, is screened,
/// and is asked again; the conversation is loaded and saved each turn.
/// Run: <c>dotnet run -c Release --project benchmarks/WellbeingKit.Benchmarks -- --filter *FullTurnBenchmarks* --job short</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentilesConfig))]
public class FullTurnBenchmarks
{
    private ServiceProvider _provider = null!;
    private IWellbeingKit _kit = null!;
    private UserMessage _message = null!;
    private string? _sqlitePath;

    /// <summary>Where conversations are kept.</summary>
    [Params("memory", "sqlite")]
    public string Store { get; set; } = "memory";

    /// <summary>The message's language.</summary>
    [Params("en", "ar")]
    public string Locale { get; set; } = "en";

    /// <summary>The message's length in characters.</summary>
    [Params(10, 2000)]
    public int Length { get; set; }

    /// <summary>Builds the kit, starts the user's conversation at the menu and warms up.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _sqlitePath = Store == "sqlite" ? Kits.TemporarySqlitePath() : null;
        _provider = Kits.Build(_sqlitePath);
        _kit = _provider.GetRequiredService<IWellbeingKit>();
        _message = TurnDriver.Start(_kit, Locale, SampleText.Of(Locale, Length)).GetAwaiter().GetResult();
        Turn().GetAwaiter().GetResult();
    }

    /// <summary>Disposes the kit and deletes the SQLite file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _provider.Dispose();
        Kits.DeleteTemporary(_sqlitePath);
    }

    /// <summary>One turn.</summary>
    [Benchmark]
    public Task<Reply> Turn() => _kit.HandleAsync(_message);
}
