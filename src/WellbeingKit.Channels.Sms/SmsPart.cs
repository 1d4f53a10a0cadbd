namespace WellbeingKit.Channels.Sms;

/// <summary>
/// Where an SMS sits in a long message the gateway delivers in parts (Vonage's SMS API does: <c>concat-ref</c>,
/// <c>concat-part</c>, <c>concat-total</c>). The channel waits for every part and hands the kit the whole text, in order.
/// </summary>
/// <param name="Reference">The long message's reference, the same in each of its parts (unique per sender, for a while).</param>
/// <param name="Number">This part's number, from 1.</param>
/// <param name="Total">How many parts the message has.</param>
public sealed record SmsPart(string Reference, int Number, int Total);
