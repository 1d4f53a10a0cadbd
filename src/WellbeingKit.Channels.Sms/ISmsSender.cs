namespace WellbeingKit.Channels.Sms;

/// <summary>Sends SMS through your gateway's API. The host implements it; the channel never sends to a suppressed person.</summary>
public interface ISmsSender
{
    /// <summary>Sends one message.</summary>
    /// <param name="sms">The message.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the gateway accepted the message.</returns>
    Task SendAsync(OutboundSms sms, CancellationToken cancellationToken);
}
