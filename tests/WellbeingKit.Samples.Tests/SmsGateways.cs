using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Channels.Sms;
using WellbeingKit.Samples.Humanitarian;
using Humanitarian = WellbeingKit.Samples.Humanitarian;

namespace WellbeingKit.Samples.Tests;

/// <summary>The gateways' webhook requests, shaped and signed as each gateway documents them.</summary>
internal static class SmsGateways
{
    public const string TwilioToken = "twilio-auth-token-for-tests";
    public const string AfricasTalkingKey = "africas-talking-callback-key-for-tests";
    public const string VonageSecret = "vonage-signature-secret-for-tests";
    public const string JsonSecret = "json-relay-secret-for-tests";

    public static readonly string[] Names = ["twilio", "africastalking", "vonage", "vonage-messages", "json"];

    public static Dictionary<string, string?> Secrets() => new()
    {
        ["Sms:Twilio:AuthToken"] = TwilioToken,
        ["Sms:AfricasTalking:SharedKey"] = AfricasTalkingKey,
        ["Sms:Vonage:SignatureSecret"] = VonageSecret,
        ["Sms:Json:Secret"] = JsonSecret,
    };

    /// <summary>Starts the SMS sample with every gateway's secret set and a recording sender.</summary>
    public static async Task<(WebApplication App, RecordingSender Sender)> StartAsync(bool useTestKit = true, Action<WebApplicationBuilder>? more = null)
    {
        var sender = new RecordingSender();
        var app = await SampleHosts.StartAsync(
            (args, configure) => Humanitarian.Program.Create(args, b =>
            {
                configure(b);
                b.Services.AddSingleton<ISmsSender>(sender);
                more?.Invoke(b);
            }),
            Secrets(),
            useTestKit);
        return (app, sender);
    }

    /// <summary>A request as <paramref name="gateway"/> posts it; <paramref name="forge"/> signs it with the wrong secret.</summary>
    public static HttpRequestMessage Request(string gateway, string from, string? text, string id, bool forge = false) => gateway switch
    {
        "twilio" => Twilio(from, text, id, forge),
        "africastalking" => AfricasTalking(from, text, id, forge),
        "vonage" => Vonage(from, text, id, forge),
        "vonage-messages" => VonageMessages(from, text, id, forge),
        "json" => Json(from, text, id, forge),
        _ => throw new ArgumentOutOfRangeException(nameof(gateway)),
    };

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string gateway, string from, string? text, string id, bool forge = false)
    {
        using var request = Request(gateway, from, text, id, forge);
        return await client.SendAsync(request);
    }

    private static HttpRequestMessage Twilio(string from, string? text, string id, bool forge) =>
        Twilio(TwilioFields(from, text, id), forge ? "not-the-token" : TwilioToken, HttpMethod.Post, "http://localhost/sms/twilio");

    /// <summary>The parameters Twilio sends for an incoming SMS (https://www.twilio.com/docs/messaging/guides/webhook-request).</summary>
    public static List<KeyValuePair<string, string>> TwilioFields(string from, string? text, string id)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("ToCountry", "GB"), new("ToState", ""), new("SmsMessageSid", id), new("NumMedia", "0"), new("ToCity", ""),
            new("FromZip", ""), new("SmsSid", id), new("FromState", ""), new("SmsStatus", "received"), new("FromCity", ""),
            new("FromCountry", "GB"), new("To", "+447700900000"), new("ToZip", ""), new("NumSegments", "1"),
            new("MessageSid", id), new("AccountSid", "AC00000000000000000000000000000000"), new("From", from), new("ApiVersion", "2010-04-01"),
        };
        if (text is not null)
        {
            fields.Add(new("Body", text));
        }

        return fields;
    }

    /// <summary>
    /// A Twilio webhook to <paramref name="signedUrl"/> (the URL as Twilio signs it), signed with <paramref name="token"/>: a form
    /// POST, or a GET with the parameters in the query string (then the URL alone is signed).
    /// </summary>
    public static HttpRequestMessage Twilio(List<KeyValuePair<string, string>> fields, string token, HttpMethod method, string signedUrl)
    {
        var get = method == HttpMethod.Get;
        var url = get ? signedUrl + "?" + string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value))) : signedUrl;
        var data = new StringBuilder(url);
        foreach (var (name, value) in get ? Enumerable.Empty<KeyValuePair<string, string>>() : fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

        var signature = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(data.ToString())));
        var request = new HttpRequestMessage(method, "/sms/twilio" + (get ? url[url.IndexOf('?', StringComparison.Ordinal)..] : ""));
        if (!get)
        {
            request.Content = new FormUrlEncodedContent(fields);
        }

        request.Headers.Add("X-Twilio-Signature", signature);
        return request;
    }

    private static HttpRequestMessage AfricasTalking(string from, string? text, string id, bool forge)
    {
        // The fields of Africa's Talking's incoming-message callback (http://docs.africastalking.com/sms/callback).
        var fields = new List<KeyValuePair<string, string>>
        {
            new("from", from), new("to", "40404"), new("id", id), new("date", "2026-12-07 06:00:00"), new("linkId", "SampleLinkId123"),
        };
        if (text is not null)
        {
            fields.Add(new("text", text));
        }

        var key = Uri.EscapeDataString(forge ? "guessed-key" : AfricasTalkingKey);
        return new HttpRequestMessage(HttpMethod.Post, "/sms/africastalking?key=" + key) { Content = new FormUrlEncodedContent(fields) };
    }

    private static HttpRequestMessage Vonage(string from, string? text, string id, bool forge) => Vonage(from, text, id, forge, []);

    /// <summary>One part of a long message as Vonage's SMS API delivers it (concat, concat-ref, concat-total, concat-part).</summary>
    public static HttpRequestMessage VonagePart(string from, string text, string id, string reference, int part, int total) =>
        Vonage(from, text, id, forge: false, new Dictionary<string, string>
        {
            ["concat"] = "true", ["concat-ref"] = reference,
            ["concat-total"] = total.ToString(CultureInfo.InvariantCulture), ["concat-part"] = part.ToString(CultureInfo.InvariantCulture),
        });

    private static HttpRequestMessage Vonage(string from, string? text, string id, bool forge, Dictionary<string, string> extra)
    {
        // The JSON body of Vonage's SMS API inbound webhook, signed ("MD5 hash", the default method).
        var now = DateTimeOffset.UtcNow;
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["msisdn"] = from.TrimStart('+'), ["to"] = "447700900000", ["messageId"] = id, ["type"] = "text", ["keyword"] = "HELLO",
            ["api-key"] = "abcd1234", ["message-timestamp"] = now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["timestamp"] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ["nonce"] = "a1b2c3d4-e5f6",
        };
        if (text is not null)
        {
            fields["text"] = text;
        }

        foreach (var (name, value) in extra)
        {
            fields[name] = value;
        }

        var signed = string.Concat(fields.Select(f => "&" + f.Key + "=" + f.Value.Replace('&', '_').Replace('=', '_')));
#pragma warning disable CA5351 // Vonage's documented default signing method.
        fields["sig"] = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(signed + (forge ? "wrong" : VonageSecret))));
#pragma warning restore CA5351
        return new HttpRequestMessage(HttpMethod.Post, "/sms/vonage") { Content = new StringContent(JsonSerializer.Serialize(fields), Encoding.UTF8, "application/json") };
    }

    private static HttpRequestMessage VonageMessages(string from, string? text, string id, bool forge)
    {
        // The Messages API's inbound SMS (JSON), signed with a JWT: HS256 with the signature secret, payload_hash = SHA-256 of the body.
        var message = new Dictionary<string, object>
        {
            ["channel"] = "sms", ["message_uuid"] = id, ["to"] = "447700900000", ["from"] = from.TrimStart('+'),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), ["message_type"] = "text",
            ["sms"] = new Dictionary<string, string> { ["num_messages"] = "1", ["keyword"] = "HELLO" },
        };
        if (text is not null)
        {
            message["text"] = text;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(message);
        var request = new HttpRequestMessage(HttpMethod.Post, "/sms/vonage-messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", VonageMessagesToken(forge ? "wrong" : VonageSecret, body, DateTimeOffset.UtcNow));
        return request;
    }

    /// <summary>The JWT Vonage's Messages API puts in the Authorization header (HS256 over header.claims).</summary>
    public static string VonageMessagesToken(string secret, byte[] body, DateTimeOffset issuedAt, byte[]? hashedBody = null)
    {
        static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = B64(Encoding.UTF8.GetBytes("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
        var claims = B64(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iat"] = issuedAt.ToUnixTimeSeconds(), ["jti"] = Guid.NewGuid().ToString(), ["iss"] = "Vonage",
            ["api_key"] = "abcd1234", ["application_id"] = "aaaaaaaa-bbbb-cccc-dddd-0123456789ab",
            ["payload_hash"] = Convert.ToHexStringLower(SHA256.HashData(hashedBody ?? body)),
        }));
        return header + "." + claims + "." + B64(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(header + "." + claims)));
    }

    private static HttpRequestMessage Json(string from, string? text, string id, bool forge)
    {
        var body = JsonSerializer.Serialize(text is null ? new { from, to = "12345", id } : (object)new { from, to = "12345", text, id });
        var request = new HttpRequestMessage(HttpMethod.Post, "/sms/json") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(forge ? "wrong" : JsonSecret), Encoding.UTF8.GetBytes(body)));
        request.Headers.Add("X-Signature", signature);
        return request;
    }
}

/// <summary>An <see cref="ISmsSender"/> that records what would have been sent.</summary>
internal sealed class RecordingSender : ISmsSender
{
    private readonly List<OutboundSms> _sent = [];

    public IReadOnlyList<OutboundSms> Sent
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    public Task SendAsync(OutboundSms sms, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            _sent.Add(sms);
        }

        return Task.CompletedTask;
    }
}
