namespace WellbeingKit.Conversations;

/// <summary>One line of the recent transcript.</summary>
/// <param name="Speaker">Who said it.</param>
/// <param name="Text">What was said.</param>
/// <param name="At">When.</param>
public sealed record TranscriptLine(Speaker Speaker, string Text, DateTimeOffset At);
