using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WellbeingKit.Content;
using WellbeingKit.Exercises;
using WellbeingKit.Storage;
using WellbeingKit.UserData;

namespace WellbeingKit.Tests.Exercises;

/// <summary>Fixture exercises (built in C#) and a selector over them with a fake clock and an in-memory store.</summary>
internal sealed class SelectorFixture : IDisposable
{
    public SelectorFixture(Action<ExerciseSelectionOptions>? configure = null, IEnumerable<Exercise>? exercises = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? messages = null)
    {
        Options = new ExerciseSelectionOptions { RandomSeed = 7 };
        configure?.Invoke(Options);
        Pack = new ContentPack
        {
            Manifest = new PackManifest { Id = "fixture", Version = "1.0.0", DefaultLocale = "en" },
            Exercises = (exercises ?? All()).ToDictionary(e => e.Id),
            Messages = messages ?? new Dictionary<string, IReadOnlyDictionary<string, string>>(),
        };
        Store = new InMemoryWellbeingStore(Time);
        Selector = new ExerciseSelector(new FixedContentSource(Pack), Store, Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<ExerciseSelector>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    public ExerciseSelectionOptions Options { get; }

    public ContentPack Pack { get; }

    public InMemoryWellbeingStore Store { get; }

    public ExerciseSelector Selector { get; }

    public static string[] AllContexts { get; } = ["class", "workplace", "shelter", "commuting", "home", "bed"];

    public static ExerciseSelectionRequest Request(string userId = "u1", string locale = "en") => new() { UserId = userId, Locale = locale, Count = 20 };

    public async Task<ExerciseSelection> SelectAsync(ExerciseSelectionRequest request) => await Selector.SelectAsync(request);

    public Task RateAsync(string userId, string exerciseId, int rating, TimeSpan ago = default, string? context = null)
        => Store.AddFeedbackAsync(new ExerciseFeedback(userId, Time.GetUtcNow() - ago, exerciseId, ExerciseOutcome.Completed, rating, context));

    public static LocalizedText Text(string en, string? es = null, string? fr = null, string? ar = null)
    {
        var map = new Dictionary<string, string> { ["en"] = en };
        if (es is not null)
        {
            map["es"] = es;
        }

        if (fr is not null)
        {
            map["fr"] = fr;
        }

        if (ar is not null)
        {
            map["ar"] = ar;
        }

        return new LocalizedText(map);
    }

    public static Exercise Make(string id, double minutes = 3, string[]? helps = null, string[]? contexts = null, ExerciseRequirements? requires = null, string[]? contraindications = null, bool englishOnly = false, double prior = 0.5)
        => new()
        {
            Id = id,
            Kind = "breathing",
            Title = englishOnly ? Text(id) : Text(id, id + " (es)", id + " (fr)", id + " (ar)"),
            Summary = englishOnly ? Text("summary") : Text("summary", "resumen", "résumé", "ملخص"),
            Steps = [englishOnly ? Text("step") : Text("step", "paso", "étape", "خطوة")],
            DurationMinutes = minutes,
            Helps = helps ?? [],
            Contexts = contexts ?? AllContexts,
            Requires = requires ?? new ExerciseRequirements(),
            Contraindications = contraindications ?? [],
            Prior = prior,
        };

    public static IEnumerable<Exercise> All() =>
    [
        Make("box-breathing", 4, ["anxiety", "stress", "panic"], contraindications: ["breath-holding"]),
        Make("grounding-5-4-3-2-1", 3, ["anxiety", "panic"]),
        Make("body-scan", 10, ["stress", "sleep"], ["home", "bed", "shelter"], new ExerciseRequirements { EyesClosed = true }),
        Make("thought-record", 8, ["worry", "low-mood"], ["home", "class", "workplace"], new ExerciseRequirements { Writing = true }),
        Make("stretch-break", 5, ["stress"], ["home", "workplace", "shelter"], new ExerciseRequirements { Movement = true }),
        Make("safe-place", 6, ["anxiety"], ["home", "bed"], new ExerciseRequirements { EyesClosed = true }, ["trauma-imagery"], englishOnly: true),
        Make("kind-words-aloud", 4, ["low-mood"], AllContexts, new ExerciseRequirements { Privacy = true }),
    ];

    public void Dispose() => Selector.Dispose();

    internal sealed class FixedContentSource(ContentPack pack) : IContentSource
    {
        public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(pack);
    }
}
