namespace WellbeingKit.AspNetCore.Internal;

internal sealed record TranscriptLineDto(string Speaker, string Text, DateTimeOffset At);
