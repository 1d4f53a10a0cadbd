namespace WellbeingKit.Care;

/// <summary>A check-in that was sent.</summary>
/// <param name="DueAt">When it was due.</param>
/// <param name="SentAt">When it was handed to the outbound channel.</param>
/// <param name="DedupeKey">The key the channel saw (the same on a retry after a host failed mid-send).</param>
public sealed record SentCheckIn(DateTimeOffset DueAt, DateTimeOffset SentAt, string DedupeKey);
