using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace WellbeingKit.Channels.Sms.Gateways;

/// <summary>
/// A generic JSON shape for gateways (or your own relay) without an adapter: <c>{"from": "+254700000001", "to": "12345",
/// "text": "...", "id": "unique id"}</c>, signed with <c>X-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c>.
/// </summary>
internal sealed class JsonGateway(IOptions<SmsChannelOptions> options) : ISmsGateway
{
    public const string SignatureHeader = "X-Signature";

    public string Name => "json";

    public async Task<InboundSms> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (request.HasFormContentType)
        {
            throw new SmsRequestException(StatusCodes.Status415UnsupportedMediaType, "Unsupported body", "The json endpoint reads application/json ({\"from\", \"to\", \"text\", \"id\"}); this request is a form. Nothing was stored.");
        }

        var fields = await GatewayRequest.ReadAsync(request, "JSON", json: true, query: false, cancellationToken).ConfigureAwait(false);
        if (GatewayRequest.ShouldVerify(settings.Json.Secret, settings, "JSON", "Sms:Json:Secret"))
        {
            var given = request.Headers[SignatureHeader].FirstOrDefault() ?? "";
            var expected = Sign(settings.Json.Secret!, fields.Body);
            if (!GatewayRequest.FixedTimeEquals(given.ToLowerInvariant(), expected))
            {
                throw SmsRequestException.BadSignature("JSON", $"the {SignatureHeader} header is missing or is not sha256=<hex HMAC-SHA256 of the body>.");
            }
        }

        return new InboundSms(
            Name,
            fields.Require("JSON", "from", "the sender's number"),
            fields["to"],
            fields.RequireText("JSON", "text"),
            fields.Require("JSON", "id", "the message id"));
    }

    /// <summary>The signature header's value for <paramref name="body"/>.</summary>
    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
