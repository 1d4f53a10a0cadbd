namespace WellbeingKit.Channels.Sms;

/// <summary>An SMS to send: one message, which the gateway sends as a concatenated SMS of <see cref="Parts"/> parts.</summary>
/// <param name="To">The person's number (as their gateway gave it).</param>
/// <param name="From">Your number or short code the person wrote to, when known.</param>
/// <param name="Gateway">The gateway the person wrote through (send the reply through the same one).</param>
/// <param name="Text">The text.</param>
/// <param name="Parts">What it costs in SMS parts.</param>
/// <param name="Encoding">How it is encoded.</param>
/// <param name="InReplyTo">The gateway's id of the message this answers.</param>
public sealed record OutboundSms(string To, string? From, string Gateway, string Text, int Parts, SmsEncoding Encoding, string InReplyTo);
