namespace WellbeingKit.Events;

/// <summary>The user gave their mood (1 very low to 5 very good).</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When.</param>
/// <param name="Mood">The mood, 1 to 5.</param>
/// <param name="Note">What the user wrote with it, if anything.</param>
/// <param name="Emotion">The detected emotion group.</param>
internal sealed record MoodRecorded(string UserId, DateTimeOffset At, int Mood, string? Note, string? Emotion) : TurnEvent(UserId, At);
