using WellbeingKit.Events;

namespace WellbeingKit.Handoff;

/// <summary>
/// The user asked for a person. The request carries the level and categories that started the safety conversation
/// (not those of the message that asked). The hand-off listener answers it with <see cref="HandoffAnswered"/>.
/// </summary>
/// <param name="Request">The request for <see cref="IHandoffService"/>.</param>
internal sealed record HandoffRequested(HandoffRequest Request) : TurnEvent(Request.UserId, Request.At);
