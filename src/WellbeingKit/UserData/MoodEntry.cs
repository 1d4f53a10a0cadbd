namespace WellbeingKit.UserData;

/// <summary>A mood check-in.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Mood">The mood on a 1 (very low) to 5 (very good) scale.</param>
/// <param name="Note">Free text the user wrote, if any.</param>
/// <param name="Emotion">The detected emotion (Ekman group or label), if any.</param>
public sealed record MoodEntry(string UserId, DateTimeOffset At, int Mood, string? Note, string? Emotion);
