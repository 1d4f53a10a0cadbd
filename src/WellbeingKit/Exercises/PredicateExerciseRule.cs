using WellbeingKit.Content;

namespace WellbeingKit.Exercises;

internal sealed class PredicateExerciseRule(string id, Func<Exercise, ExerciseSelectionRequest, bool> predicate, string reason) : IExerciseRule
{
    public string Id { get; } = id;

    public string? WhyExcluded(Exercise exercise, ExerciseSelectionRequest request) => predicate(exercise, request) ? reason : null;
}
