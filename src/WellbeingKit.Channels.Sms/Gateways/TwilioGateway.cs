using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace WellbeingKit.Channels.Sms.Gateways;

/// <summary>
/// Twilio Programmable Messaging's incoming-message webhook: a form POST with <c>MessageSid</c> (the id), <c>From</c>,
/// <c>To</c>, <c>Body</c> (the text), <c>AccountSid</c>, <c>NumMedia</c>, <c>FromCountry</c>... The request is verified with
/// <c>X-Twilio-Signature</c>: the Base64 HMAC-SHA1, keyed with the auth token, of the full URL Twilio requested followed by
/// every POST field name and value, sorted by name (ordinal).
/// </summary>
internal sealed class TwilioGateway(IOptions<SmsChannelOptions> options) : ISmsGateway
{
    public const string SignatureHeader = "X-Twilio-Signature";

    public string Name => "twilio";

    public async Task<InboundSms> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var fields = await GatewayRequest.ReadAsync(request, "Twilio", json: false, query: false, cancellationToken);
        if (GatewayRequest.ShouldVerify(settings.Twilio.AuthToken, settings, "Twilio", "Sms:Twilio:AuthToken"))
        {
            var given = request.Headers[SignatureHeader].FirstOrDefault();
            if (string.IsNullOrEmpty(given))
            {
                throw SmsRequestException.BadSignature("Twilio", $"the {SignatureHeader} header is missing.");
            }

            var expected = Sign(settings.Twilio.AuthToken!, UrlOf(request, settings.Twilio.PublicBaseUrl), fields.Fields);
            if (!GatewayRequest.FixedTimeEquals(given, expected))
            {
                throw SmsRequestException.BadSignature("Twilio", $"the {SignatureHeader} header does not match the URL and fields signed with the auth token (behind a proxy, set Sms:Twilio:PublicBaseUrl).");
            }
        }

        return new InboundSms(
            Name,
            fields.Require("Twilio", "From", "the sender's number"),
            fields["To"],
            fields.RequireText("Twilio", "Body"),
            fields.Require("Twilio", "MessageSid", "the message id"));
    }

    /// <summary>Twilio's signature of a request: Base64(HMAC-SHA1(token, url + sorted name/value pairs)).</summary>
    public static string Sign(string authToken, string url, IReadOnlyDictionary<string, List<string>> fields)
    {
        var data = new StringBuilder(url);
        foreach (var (name, values) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            foreach (var value in values)
            {
                data.Append(name).Append(value);
            }
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    private static string UrlOf(HttpRequest request, Uri? publicBaseUrl)
    {
        var path = request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        return publicBaseUrl is null
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}{path}"
            : publicBaseUrl.GetLeftPart(UriPartial.Authority) + path;
    }
}
