namespace WellbeingKit.Channels.Sms;

/// <summary>An SMS a person sent, as a gateway delivered it, after its signature was checked.</summary>
/// <param name="Gateway">The gateway's name (<c>twilio</c>, <c>africastalking</c>, <c>vonage</c>, <c>json</c>).</param>
/// <param name="From">The sender's number as the gateway gave it (E.164 with or without <c>+</c>).</param>
/// <param name="To">The number or short code it was sent to, when the gateway says.</param>
/// <param name="Text">What the person wrote (never empty).</param>
/// <param name="MessageId">The gateway's id of the message: a second delivery with the same id is the same message.</param>
public sealed record InboundSms(string Gateway, string From, string? To, string Text, string MessageId)
{
    /// <summary>Where this SMS sits in a long message the gateway delivers in parts; null for a whole message.</summary>
    public SmsPart? Part { get; init; }
}
