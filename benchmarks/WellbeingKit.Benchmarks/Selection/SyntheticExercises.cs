using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Benchmarks.Selection;

/// <summary>The exercises the simulation and the benchmark select from: the default pack's, or a synthetic stand-in of 12 while the pack has none.</summary>
internal static class SelectionExercises
{
    public static (ContentPack Pack, string Source) Load()
    {
        try
        {
            var pack = ContentPackLoader.LoadDefault();
            if (pack.Exercises.Count >= 2)
            {
                return (pack, $"default content pack ({pack.Exercises.Count} exercises)");
            }
        }
        catch (ContentValidationException)
        {
            // No usable default pack yet: fall through to the synthetic set.
        }

        return (Synthetic(), "synthetic stand-in for the default pack (12 exercises)");
    }

    public static ContentPack Synthetic()
    {
        string[] all = ["class", "workplace", "shelter", "commuting", "home", "bed"];
        string[] quiet = ["home", "bed", "shelter"];
        Exercise[] exercises =
        [
            Make("box-breathing", "breathing", 4, ["anxiety", "stress", "panic"], ["fear", "nervousness"], all, new(), ["breath-holding"], 0.65),
            Make("grounding-5-4-3-2-1", "grounding", 3, ["anxiety", "panic", "overwhelm"], ["fear"], all, new(), [], 0.6),
            Make("progressive-muscle-relaxation", "relaxation", 12, ["stress", "sleep", "anxiety"], ["fear"], quiet, new() { EyesClosed = true, Privacy = true }, [], 0.6),
            Make("thought-record", "cbt", 10, ["worry", "low-mood", "rumination"], ["sadness", "fear"], ["home", "class", "workplace", "shelter"], new() { Writing = true }, [], 0.55),
            Make("behavioural-activation", "behavioural-activation", 8, ["low-mood", "loneliness"], ["sadness"], ["home", "shelter"], new() { Writing = true }, [], 0.55),
            Make("worry-time", "worry", 10, ["worry", "rumination", "sleep"], ["fear"], ["home", "shelter", "bed"], new() { Writing = true }, [], 0.5),
            Make("self-compassion-break", "self-compassion", 4, ["low-mood", "stress", "overwhelm"], ["sadness", "disgust"], all, new(), [], 0.55),
            Make("sleep-wind-down", "sleep", 10, ["sleep", "rumination"], ["fear", "sadness"], ["bed", "home"], new() { EyesClosed = true }, [], 0.5),
            Make("problem-solving", "problem-solving", 15, ["overwhelm", "stress", "worry"], ["fear"], ["home", "shelter", "workplace"], new() { Writing = true }, [], 0.55),
            Make("gratitude-journal", "journaling", 5, ["low-mood", "loneliness"], ["sadness"], ["home", "bed", "shelter"], new() { Writing = true }, [], 0.5),
            Make("values-compass", "values", 10, ["low-mood", "overwhelm"], ["sadness"], ["home", "shelter"], new() { Writing = true }, [], 0.45),
            Make("safe-place-visualisation", "visualisation", 7, ["anxiety", "stress", "sleep"], ["fear"], quiet, new() { EyesClosed = true }, ["trauma-imagery"], 0.5),
        ];
        return new ContentPack
        {
            Manifest = new PackManifest { Id = "synthetic", Version = "0.0.0", DefaultLocale = "en" },
            Exercises = exercises.ToDictionary(e => e.Id),
        };
    }

    private static Exercise Make(string id, string kind, double minutes, string[] helps, string[] emotions, string[] contexts, ExerciseRequirements requires, string[] contraindications, double prior)
    {
        static LocalizedText Text(string en) => new(new Dictionary<string, string> { ["en"] = en, ["es"] = en, ["fr"] = en, ["ar"] = en });
        return new Exercise
        {
            Id = id,
            Kind = kind,
            Title = Text(id),
            Summary = Text(id),
            Steps = [Text("step")],
            DurationMinutes = minutes,
            Helps = helps,
            Emotions = emotions,
            Contexts = contexts,
            Requires = requires,
            Contraindications = contraindications,
            Prior = prior,
        };
    }
}

/// <summary>Serves one pack already in memory.</summary>
internal sealed class FixedContent(ContentPack pack) : IContentSource
{
    public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(pack);
}
