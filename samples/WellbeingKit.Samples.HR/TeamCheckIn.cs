namespace WellbeingKit.Samples.HR;

/// <summary>One person's check-in, as the dashboard reads it from the store: a pseudonymous key, the team, the mood, the time.</summary>
internal sealed record TeamCheckIn(string PersonKey, string Team, int Mood, DateTimeOffset At);
