namespace WellbeingKit.UserData;

/// <summary>A journal entry.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When it was written.</param>
/// <param name="Text">The entry.</param>
/// <param name="Emotion">The detected emotion, if any.</param>
public sealed record JournalEntry(string UserId, DateTimeOffset At, string Text, string? Emotion);
