using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace WellbeingKit.Channels.Sms.Gateways;

/// <summary>
/// The Vonage <b>Messages</b> API's inbound-message webhook for the SMS channel: a JSON POST with <c>channel</c> (<c>sms</c>),
/// <c>message_uuid</c> (the id), <c>from</c> (the sender), <c>to</c>, <c>message_type</c> (<c>text</c>) and <c>text</c>
/// (the Messages API joins a concatenated SMS before it calls; <c>sms.num_messages</c> says how many parts it had).
/// </summary>
/// <remarks>
/// Verified as https://developer.vonage.com/en/messages/concepts/signed-webhooks describes: the <c>Authorization</c> header
/// carries <c>Bearer &lt;JWT&gt;</c> signed with HMAC-SHA256 (HS256; "SHA-256 is always used", whatever the dashboard's
/// signature method) keyed with the account's signature secret; its <c>payload_hash</c> claim is the SHA-256 of the body (so
/// a token cannot be replayed with another body) and its <c>iat</c> claim must be within <see cref="VonageOptions.MaxAge"/>
/// of now. A token, hash or time that does not match is refused with 403; a channel other than SMS or a message without text
/// with 400.
/// </remarks>
internal sealed class VonageMessagesGateway(IOptions<SmsChannelOptions> options, TimeProvider time) : ISmsGateway
{
    private const string Gateway = "Vonage Messages";

    public string Name => "vonage-messages";

    public async Task<InboundSms> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (request.HasFormContentType || !HttpMethods.IsPost(request.Method))
        {
            throw new SmsRequestException(StatusCodes.Status415UnsupportedMediaType, "Unsupported body", "The vonage-messages endpoint reads the Messages API's JSON POST; nothing was stored.");
        }

        var fields = await GatewayRequest.ReadAsync(request, Gateway, json: true, query: false, cancellationToken).ConfigureAwait(false);
        if (GatewayRequest.ShouldVerify(settings.Vonage.SignatureSecret, settings, Gateway, "Sms:Vonage:SignatureSecret"))
        {
            Verify(request.Headers.Authorization.FirstOrDefault(), settings.Vonage.SignatureSecret!, fields.Body, settings.Vonage.MaxAge);
        }

        if (!string.Equals(fields["channel"], "sms", StringComparison.OrdinalIgnoreCase))
        {
            throw new SmsRequestException(
                StatusCodes.Status400BadRequest,
                "Not an SMS",
                $"The {Gateway} request's channel is '{fields["channel"] ?? "missing"}'; this endpoint reads SMS only. Nothing was stored.");
        }

        if (!string.Equals(fields["message_type"] ?? "text", "text", StringComparison.OrdinalIgnoreCase))
        {
            throw SmsRequestException.MissingText(Gateway, "text");
        }

        return new InboundSms(
            Name,
            fields.Require(Gateway, "from", "the sender's number"),
            fields["to"],
            fields.RequireText(Gateway, "text"),
            fields.Require(Gateway, "message_uuid", "the message id"));
    }

    private void Verify(string? authorization, string secret, byte[] body, TimeSpan maxAge)
    {
        const string bearer = "Bearer ";
        if (authorization is null || !authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            throw SmsRequestException.BadSignature(Gateway, "the Authorization header with the signed token (Bearer <JWT>) is missing.");
        }

        var parts = authorization[bearer.Length..].Trim().Split('.');
        if (parts.Length != 3)
        {
            throw SmsRequestException.BadSignature(Gateway, "the Authorization token is not a JWT (header.claims.signature).");
        }

        var expected = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1])));
        if (!GatewayRequest.FixedTimeEquals(parts[2], expected))
        {
            throw SmsRequestException.BadSignature(Gateway, "the token's HS256 signature does not match the signature secret (Sms:Vonage:SignatureSecret).");
        }

        JsonElement claims;
        try
        {
            using var header = JsonDocument.Parse(FromBase64Url(parts[0]));
            if (!header.RootElement.TryGetProperty("alg", out var alg) || alg.GetString() != "HS256")
            {
                throw SmsRequestException.BadSignature(Gateway, "the token is not signed with HS256.");
            }

            using var document = JsonDocument.Parse(FromBase64Url(parts[1]));
            claims = document.RootElement.Clone();
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw SmsRequestException.BadSignature(Gateway, "the token's header or claims are not JSON.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        if (!claims.TryGetProperty("payload_hash", out var given) || given.ValueKind != JsonValueKind.String
            || !GatewayRequest.FixedTimeEquals(given.GetString()!.ToLowerInvariant(), hash))
        {
            throw SmsRequestException.BadSignature(Gateway, "the token's payload_hash is missing or is not the SHA-256 of this body.");
        }

        if (!claims.TryGetProperty("iat", out var iat) || !iat.TryGetInt64(out var seconds)
            || (time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > maxAge)
        {
            throw SmsRequestException.BadSignature(Gateway, $"the token's iat is missing or more than {maxAge.TotalMinutes:0} minutes from now (a replay?).");
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
    }
}
