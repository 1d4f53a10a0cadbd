using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace WellbeingKit.Channels.Sms.Gateways;

/// <summary>
/// Vonage SMS API's inbound-message webhook, as https://developer.vonage.com/en/messaging/sms/guides/inbound-sms documents it
/// (GET query, form POST or JSON POST): <c>msisdn</c> (the sender), <c>to</c>, <c>messageId</c>, <c>text</c>, <c>type</c>
/// (text, unicode, binary), <c>keyword</c>, <c>message-timestamp</c>, the parts of a long message (<c>concat</c>,
/// <c>concat-ref</c>, <c>concat-total</c>, <c>concat-part</c>: the SMS API does not join them) and, when signed webhooks are
/// on, <c>timestamp</c>, <c>nonce</c> and <c>sig</c>. The signature is checked as
/// https://developer.vonage.com/en/getting-started/concepts/signing-messages describes: every parameter but <c>sig</c>,
/// sorted by name, written <c>&amp;name=value</c> with <c>&amp;</c> and <c>=</c> in values replaced by <c>_</c>; then MD5 of
/// that string followed by the signature secret ("MD5 hash", the default) or its HMAC (MD5, SHA-1, SHA-256, SHA-512) keyed
/// with the secret, in hex. A <c>timestamp</c> older than <see cref="VonageOptions.MaxAge"/> is refused as a replay. Binary
/// messages are refused (no text). The Messages API has its own endpoint (<see cref="VonageMessagesGateway"/>).
/// </summary>
internal sealed class VonageGateway(IOptions<SmsChannelOptions> options, TimeProvider time) : ISmsGateway
{
    public string Name => "vonage";

    public async Task<InboundSms> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var fields = await GatewayRequest.ReadAsync(request, "Vonage", json: true, query: true, cancellationToken).ConfigureAwait(false);
        if (GatewayRequest.ShouldVerify(settings.Vonage.SignatureSecret, settings, "Vonage", "Sms:Vonage:SignatureSecret"))
        {
            var given = fields["sig"];
            if (string.IsNullOrEmpty(given))
            {
                throw SmsRequestException.BadSignature("Vonage", "the 'sig' parameter is missing (turn on signed webhooks for the account).");
            }

            var expected = Sign(settings.Vonage.SignatureSecret!, settings.Vonage.SignatureMethod, fields.Fields);
            if (!GatewayRequest.FixedTimeEquals(given.ToLowerInvariant(), expected))
            {
                throw SmsRequestException.BadSignature("Vonage", $"'sig' does not match the parameters signed with the signature secret ({settings.Vonage.SignatureMethod}).");
            }

            if (!long.TryParse(fields["timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                || (time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > settings.Vonage.MaxAge)
            {
                throw SmsRequestException.BadSignature("Vonage", $"the signed 'timestamp' is missing or more than {settings.Vonage.MaxAge.TotalMinutes:0} minutes from now (a replay?).");
            }
        }

        if (string.Equals(fields["type"], "binary", StringComparison.OrdinalIgnoreCase))
        {
            throw SmsRequestException.MissingText("Vonage", "text");
        }

        var part = PartOf(fields);
        return new InboundSms(
            Name,
            fields.Require("Vonage", "msisdn", "the sender's number"),
            fields["to"],
            part is null ? fields.RequireText("Vonage", "text") : fields.RequirePartText("Vonage", "text"),
            fields.Require("Vonage", "messageId", "the message id"))
        {
            Part = part,
        };
    }

    /// <summary>The part a concatenated message's webhook carries (<c>concat</c>, <c>concat-ref</c>, <c>concat-total</c>, <c>concat-part</c>).</summary>
    private static SmsPart? PartOf(GatewayRequest fields)
    {
        if (!string.Equals(fields["concat"], "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var reference = fields.Require("Vonage", "concat-ref", "the long message's reference");
        if (!int.TryParse(fields["concat-total"], NumberStyles.None, CultureInfo.InvariantCulture, out var total) || total < 1
            || !int.TryParse(fields["concat-part"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > total)
        {
            throw new SmsRequestException(
                StatusCodes.Status400BadRequest,
                "The message part is not valid",
                $"The Vonage request says concat=true but concat-part '{fields["concat-part"]}' of concat-total '{fields["concat-total"]}' is not a part number from 1 to the total; nothing was stored.");
        }

        return total == 1 ? null : new SmsPart(reference, number, total);
    }

    /// <summary>Vonage's signature of a set of parameters, in lower-case hex.</summary>
    public static string Sign(string secret, VonageSignatureMethod method, IReadOnlyDictionary<string, List<string>> fields)
    {
        var signed = new StringBuilder();
        foreach (var (name, values) in fields.Where(f => f.Key != "sig").OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            signed.Append('&').Append(name).Append('=').Append((values.FirstOrDefault() ?? "").Replace('&', '_').Replace('=', '_'));
        }

        var data = Encoding.UTF8.GetBytes(signed.ToString());
        var key = Encoding.UTF8.GetBytes(secret);
#pragma warning disable CA5351 // MD5 is what Vonage's default signing method is; it is verified, never chosen here.
        var hash = method switch
        {
            VonageSignatureMethod.Md5Hash => MD5.HashData(Encoding.UTF8.GetBytes(signed + secret)),
            VonageSignatureMethod.Md5Hmac => HMACMD5.HashData(key, data),
            VonageSignatureMethod.Sha1Hmac => HMACSHA1.HashData(key, data),
            VonageSignatureMethod.Sha256Hmac => HMACSHA256.HashData(key, data),
            _ => HMACSHA512.HashData(key, data),
        };
#pragma warning restore CA5351
        return Convert.ToHexStringLower(hash);
    }
}
