using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace WellbeingKit.Channels.Sms.Gateways;

/// <summary>
/// Twilio Programmable Messaging's incoming-message webhook, as Twilio documents it
/// (https://www.twilio.com/docs/messaging/guides/webhook-request): an <c>application/x-www-form-urlencoded</c> POST (or a GET
/// with the same parameters in the query string, when the number is set to GET) with <c>MessageSid</c> (the id), <c>From</c>,
/// <c>To</c>, <c>Body</c> (the text; Twilio joins a concatenated SMS before it calls), <c>AccountSid</c>, <c>NumMedia</c>,
/// <c>NumSegments</c>, <c>FromCountry</c>... Parameters Twilio adds later are signed too and otherwise ignored.
/// </summary>
/// <remarks>
/// The request is verified as https://www.twilio.com/docs/usage/webhooks/webhooks-security describes: <c>X-Twilio-Signature</c>
/// is the Base64 HMAC-SHA1, keyed with the auth token, of the full URL Twilio requested (query string included) followed by
/// every POST parameter's name and value, sorted by name (a GET signs the URL alone). Like Twilio's own request validators,
/// the URL is tried as requested, without its port and with the scheme's default port, since a proxy may add or drop it.
/// </remarks>
internal sealed class TwilioGateway(IOptions<SmsChannelOptions> options) : ISmsGateway
{
    public const string SignatureHeader = "X-Twilio-Signature";

    public string Name => "twilio";

    public async Task<InboundSms> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var fields = await GatewayRequest.ReadAsync(request, "Twilio", json: false, query: true, cancellationToken).ConfigureAwait(false);
        if (GatewayRequest.ShouldVerify(settings.Twilio.AuthToken, settings, "Twilio", "Sms:Twilio:AuthToken"))
        {
            var given = request.Headers[SignatureHeader].FirstOrDefault();
            if (string.IsNullOrEmpty(given))
            {
                throw SmsRequestException.BadSignature("Twilio", $"the {SignatureHeader} header is missing.");
            }

            // A GET carries its parameters in the URL, which is signed as it is; only POST parameters are appended.
            var signed = HttpMethods.IsGet(request.Method) ? new Dictionary<string, List<string>>() : fields.Fields;
            var matches = UrlsOf(request, settings.Twilio.PublicBaseUrl)
                .Any(url => GatewayRequest.FixedTimeEquals(given, Sign(settings.Twilio.AuthToken!, url, signed)));
            if (!matches)
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

    /// <summary>Twilio's signature of a request: Base64(HMAC-SHA1(token, url + name/value pairs sorted by name, then value)).</summary>
    public static string Sign(string authToken, string url, IReadOnlyDictionary<string, List<string>> fields)
    {
        var data = new StringBuilder(url);
        foreach (var (name, values) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            foreach (var value in values.Order(StringComparer.Ordinal))
            {
                data.Append(name).Append(value);
            }
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    /// <summary>The URL Twilio requested: as seen, without an explicit port, and with the scheme's default port.</summary>
    private static IEnumerable<string> UrlsOf(HttpRequest request, Uri? publicBaseUrl)
    {
        var path = request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        var (scheme, host, port) = publicBaseUrl is null
            ? (request.Scheme, request.Host.Host, request.Host.Port)
            : (publicBaseUrl.Scheme, publicBaseUrl.Host, publicBaseUrl.IsDefaultPort ? null : (int?)publicBaseUrl.Port);
        var authority = new HostString(host).ToUriComponent();
        var defaultPort = string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase) ? 443 : 80;
        yield return $"{scheme}://{authority}{(port is null ? "" : ":" + port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}{path}";
        if (port is not null)
        {
            yield return $"{scheme}://{authority}{path}";
        }

        if (port is null || port == defaultPort)
        {
            yield return $"{scheme}://{authority}:{defaultPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}{path}";
        }
    }
}
