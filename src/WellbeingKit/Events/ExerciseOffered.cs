namespace WellbeingKit.Events;

/// <summary>An exercise was offered and started.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When.</param>
/// <param name="ExerciseId">The exercise.</param>
internal sealed record ExerciseOffered(string UserId, DateTimeOffset At, string ExerciseId) : TurnEvent(UserId, At);
