using WellbeingKit.Content;

namespace WellbeingKit.Exercises;

/// <summary>
/// A host's eligibility rule, added to <see cref="ExerciseSelectionOptions.Rules"/>. A rule that throws excludes the exercise
/// (the selector fails closed) and the error is logged.
/// </summary>
public interface IExerciseRule
{
    /// <summary>The rule id shown in the host's logs (for example <c>hr-no-privacy</c>).</summary>
    string Id { get; }

    /// <summary>Says whether <paramref name="exercise"/> must be left out for <paramref name="request"/>.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="request">The request.</param>
    /// <returns>Why it is excluded, for the host's logs; null when the rule allows it.</returns>
    string? WhyExcluded(Exercise exercise, ExerciseSelectionRequest request);
}
