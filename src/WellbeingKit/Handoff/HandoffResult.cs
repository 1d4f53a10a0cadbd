namespace WellbeingKit.Handoff;

/// <summary>The answer to a hand-off request.</summary>
/// <param name="Status">Whether a human is coming.</param>
/// <param name="EstimatedWait">How long until a human replies, when known.</param>
/// <param name="Reference">The host's reference for the request (a ticket id), when any.</param>
public sealed record HandoffResult(HandoffStatus Status, TimeSpan? EstimatedWait = null, string? Reference = null);
