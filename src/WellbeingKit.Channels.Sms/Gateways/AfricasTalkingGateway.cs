using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace WellbeingKit.Channels.Sms.Gateways;

/// <summary>
/// Africa's Talking's incoming-message callback, as Africa's Talking documents it (http://docs.africastalking.com/sms/callback,
/// "Receive message via callback"): a form POST with <c>from</c> (the sender), <c>to</c> (your short code or number),
/// <c>text</c>, <c>date</c>, <c>id</c> (the message id) and, for premium on-demand products, <c>linkId</c>. Other fields are
/// ignored. Africa's Talking does not sign callbacks (its notifications page, http://docs.africastalking.com/sms/notifications,
/// describes no signature): the callback URL carries a long shared key (<c>?key=...</c>) compared in constant time, as the
/// Community Health Toolkit's Africa's Talking integration does.
/// </summary>
internal sealed class AfricasTalkingGateway(IOptions<SmsChannelOptions> options) : ISmsGateway
{
    public string Name => "africastalking";

    public async Task<InboundSms> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (GatewayRequest.ShouldVerify(settings.AfricasTalking.SharedKey, settings, "Africa's Talking", "Sms:AfricasTalking:SharedKey")
            && !GatewayRequest.FixedTimeEquals(request.Query["key"].FirstOrDefault() ?? "", settings.AfricasTalking.SharedKey!))
        {
            throw SmsRequestException.BadSignature("Africa's Talking", "the 'key' in the callback URL is missing or wrong.");
        }

        var fields = await GatewayRequest.ReadAsync(request, "Africa's Talking", json: false, query: false, cancellationToken).ConfigureAwait(false);
        return new InboundSms(
            Name,
            fields.Require("Africa's Talking", "from", "the sender's number"),
            fields["to"],
            fields.RequireText("Africa's Talking", "text"),
            fields.Require("Africa's Talking", "id", "the message id"));
    }
}
