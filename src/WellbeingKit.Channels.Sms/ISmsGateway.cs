using Microsoft.AspNetCore.Http;

namespace WellbeingKit.Channels.Sms;

/// <summary>
/// Reads one gateway's inbound-SMS webhook: checks the request is really from the gateway (its signature, where the gateway
/// signs) and maps its fields to an <see cref="InboundSms"/>. Implement it for a gateway the package does not cover.
/// </summary>
public interface ISmsGateway
{
    /// <summary>The gateway's name, also the last segment of its endpoint's path (<c>/sms/{name}</c>).</summary>
    string Name { get; }

    /// <summary>Reads and verifies a webhook request.</summary>
    /// <param name="request">The request the gateway sent.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The message.</returns>
    /// <exception cref="SmsRequestException">The request is not from the gateway, or lacks the sender, the text or the id.</exception>
    Task<InboundSms> ReadAsync(HttpRequest request, CancellationToken cancellationToken);
}
