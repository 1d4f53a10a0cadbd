namespace WellbeingKit.Events;

/// <summary>An exercise ended: finished (with or without a rating) or abandoned.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When.</param>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="Completed">True when finished, false when left before the end.</param>
/// <param name="Rating">"Did this help?" from 1 to 5, when answered.</param>
/// <param name="Context">Where the user was (class, workplace...), when known.</param>
internal sealed record FeedbackGiven(string UserId, DateTimeOffset At, string ExerciseId, bool Completed, int? Rating, string? Context) : TurnEvent(UserId, At);
