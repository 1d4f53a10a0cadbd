namespace WellbeingKit.Care;

/// <summary>An exercise the user chose to practise, to ask about at the next check-in.</summary>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="ChosenAt">When they did it and chose to practise it.</param>
/// <param name="AskedAt">When the next check-in asked about it; null until then.</param>
public sealed record PracticeFollowUp(string ExerciseId, DateTimeOffset ChosenAt, DateTimeOffset? AskedAt = null);
