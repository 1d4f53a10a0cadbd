namespace WellbeingKit.Conversations;

/// <summary>A flow suspended by another (for example by the safety flow), to resume later.</summary>
/// <param name="FlowId">The suspended flow.</param>
/// <param name="State">The state it was in.</param>
public sealed record SuspendedFlow(string FlowId, string State);
