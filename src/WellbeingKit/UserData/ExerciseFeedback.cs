namespace WellbeingKit.UserData;

/// <summary>Feedback on an exercise.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When.</param>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="Outcome">Completed, abandoned or only offered.</param>
/// <param name="Rating">"Did this help?" from 1 to 5, when the user answered.</param>
/// <param name="Context">Where the user was (class, workplace...), when known.</param>
public sealed record ExerciseFeedback(string UserId, DateTimeOffset At, string ExerciseId, ExerciseOutcome Outcome, int? Rating, string? Context);
