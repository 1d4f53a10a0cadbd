namespace WellbeingKit.Exercises;

/// <summary>Picks the right exercise for this person now. Implement this to replace the default selector.</summary>
public interface IExerciseSelector
{
    /// <summary>Ranks the eligible exercises for <paramref name="request"/>.</summary>
    /// <param name="request">What is known about the person.</param>
    /// <param name="cancellationToken">Cancels the selection.</param>
    /// <returns>The ranked, explained choices.</returns>
    ValueTask<ExerciseSelection> SelectAsync(ExerciseSelectionRequest request, CancellationToken cancellationToken = default);
}
