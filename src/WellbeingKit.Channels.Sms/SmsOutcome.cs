namespace WellbeingKit.Channels.Sms;

/// <summary>What the channel did with one inbound SMS.</summary>
/// <param name="Sent">The reply sent, or null (duplicate, opted out).</param>
/// <param name="Reply">The reply's text, sent or withheld (null for a duplicate).</param>
/// <param name="Suppressed">True when the person opted out, so nothing was sent.</param>
/// <param name="Duplicate">True when the gateway delivered a message already answered: nothing was done.</param>
public sealed record SmsOutcome(OutboundSms? Sent, string? Reply, bool Suppressed, bool Duplicate)
{
    /// <summary>True when the SMS is one part of a long message whose other parts have not all come yet: nothing was done yet.</summary>
    public bool WaitingForParts { get; init; }
}
