using WellbeingKit.Events;

namespace WellbeingKit.Handoff;

/// <summary>The hand-off service answered a <see cref="HandoffRequested"/> (a failure or time-out counts as unavailable).</summary>
/// <param name="Request">The request.</param>
/// <param name="Result">Whether a person is coming.</param>
internal sealed record HandoffAnswered(HandoffRequest Request, HandoffResult Result) : TurnEvent(Request.UserId, Request.At);
