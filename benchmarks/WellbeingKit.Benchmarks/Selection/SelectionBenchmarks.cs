using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Exercises;
using WellbeingKit.Storage;
using WellbeingKit.UserData;

namespace WellbeingKit.Benchmarks.Selection;

/// <summary>
/// One <see cref="ExerciseSelector.SelectAsync"/> call over the default pack's exercises (or the synthetic stand-in), with an in-memory store
/// holding 20 ratings for each of 1,000 users (population statistics cached, as in steady state).
/// Run: <c>dotnet run -c Release --project benchmarks/WellbeingKit.Benchmarks -- --filter *SelectionBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class SelectionBenchmarks : IDisposable
{
    private ExerciseSelector? _selector;
    private ExerciseSelectionRequest _returning = null!;
    private ExerciseSelectionRequest _newcomer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (pack, _) = SelectionExercises.Load();
        var clock = new ManualClock(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var store = new InMemoryWellbeingStore(clock);
        var ids = pack.Exercises.Keys.Order(StringComparer.Ordinal).ToArray();
        var random = new Random(1);
        for (var u = 0; u < 1000; u++)
        {
            for (var i = 0; i < 20; i++)
            {
                var feedback = new ExerciseFeedback($"user-{u}", clock.Start.AddDays(-20 + i), ids[random.Next(ids.Length)], ExerciseOutcome.Completed, random.Next(1, 6), "home");
                store.AddFeedbackAsync(feedback).GetAwaiter().GetResult();
            }
        }

        _selector = new ExerciseSelector(new FixedContent(pack), store, Options.Create(new ExerciseSelectionOptions { RandomSeed = 1 }), clock, NullLogger<ExerciseSelector>.Instance);
        _returning = new ExerciseSelectionRequest { UserId = "user-7", Locale = "en", Concerns = ["anxiety"], Context = "home", MinutesAvailable = 10, Count = 3 };
        _newcomer = _returning with { UserId = "newcomer" };
        Select(_returning).GetAwaiter().GetResult();
    }

    /// <summary>A user with 20 earlier ratings.</summary>
    [Benchmark(Baseline = true)]
    public ValueTask<ExerciseSelection> ReturningUser() => Select(_returning);

    /// <summary>A user without history.</summary>
    [Benchmark]
    public ValueTask<ExerciseSelection> NewUser() => Select(_newcomer);

    /// <inheritdoc />
    public void Dispose()
    {
        _selector?.Dispose();
        GC.SuppressFinalize(this);
    }

    private ValueTask<ExerciseSelection> Select(ExerciseSelectionRequest request) => _selector!.SelectAsync(request);
}
