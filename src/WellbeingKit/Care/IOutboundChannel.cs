namespace WellbeingKit.Care;

/// <summary>
/// Delivers messages the kit starts (check-ins) to users: an SMS gateway, a push service, or a queue the web chat shows
/// on the next visit. Implement this to receive check-ins. Delivery is at least once: use
/// <see cref="OutboundMessage.DedupeKey"/> to deliver each message once.
/// </summary>
public interface IOutboundChannel
{
    /// <summary>Delivers one message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>A task that completes when the channel has taken the message.</returns>
    Task SendAsync(OutboundMessage message, CancellationToken cancellationToken = default);
}
