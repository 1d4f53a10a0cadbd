using WellbeingKit.UserData;

namespace WellbeingKit.Exercises;

/// <summary>Feedback of all users, summed per exercise and per (exercise, context), at one point in time.</summary>
internal sealed class PopulationStatistics
{
    public static readonly PopulationStatistics Empty = new(new Dictionary<string, BetaCounts>(), new Dictionary<(string, string), BetaCounts>(), DateTimeOffset.MinValue);

    public PopulationStatistics(IReadOnlyDictionary<string, BetaCounts> byExercise, IReadOnlyDictionary<(string Exercise, string Context), BetaCounts> byContext, DateTimeOffset computedAt)
    {
        ByExercise = byExercise;
        ByContext = byContext;
        ComputedAt = computedAt;
    }

    public IReadOnlyDictionary<string, BetaCounts> ByExercise { get; }

    public IReadOnlyDictionary<(string Exercise, string Context), BetaCounts> ByContext { get; }

    public DateTimeOffset ComputedAt { get; }

    public static PopulationStatistics Compute(IEnumerable<ExerciseFeedback> feedback, ExerciseSelectionOptions options, DateTimeOffset at)
    {
        var byExercise = new Dictionary<string, BetaCounts>(StringComparer.Ordinal);
        var byContext = new Dictionary<(string, string), BetaCounts>();
        foreach (var item in feedback)
        {
            var counts = BetaCounts.From(item, options);
            if (counts.Total <= 0)
            {
                continue;
            }

            byExercise[item.ExerciseId] = byExercise.GetValueOrDefault(item.ExerciseId) + counts;
            if (!string.IsNullOrEmpty(item.Context))
            {
                var key = (item.ExerciseId, item.Context.ToLowerInvariant());
                byContext[key] = byContext.GetValueOrDefault(key) + counts;
            }
        }

        return new PopulationStatistics(byExercise, byContext, at);
    }

    /// <summary>
    /// The population's evidence for <paramref name="exerciseId"/> in <paramref name="context"/>: feedback given in that context counts in full,
    /// feedback from other contexts counts half; without a context, all feedback counts in full.
    /// </summary>
    public BetaCounts For(string exerciseId, string? context)
    {
        var all = ByExercise.GetValueOrDefault(exerciseId);
        if (string.IsNullOrEmpty(context))
        {
            return all;
        }

        var inContext = ByContext.GetValueOrDefault((exerciseId, context.ToLowerInvariant()));
        return inContext + (all - inContext).Scale(0.5);
    }
}
