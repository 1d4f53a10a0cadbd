namespace WellbeingKit.Events;

/// <summary>The user wrote a journal entry.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When.</param>
/// <param name="Text">The entry, as the user wrote it (to be stored encrypted; never logged or measured).</param>
/// <param name="Emotion">The detected emotion group.</param>
internal sealed record JournalWritten(string UserId, DateTimeOffset At, string Text, string? Emotion) : TurnEvent(UserId, At);
