using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace WellbeingKit.Channels.Sms.Gateways;

/// <summary>The fields of a gateway request (form, JSON object or query string), each name with its values in order.</summary>
internal sealed class GatewayRequest
{
    private GatewayRequest(Dictionary<string, List<string>> fields, byte[] body)
    {
        Fields = fields;
        Body = body;
    }

    public Dictionary<string, List<string>> Fields { get; }

    /// <summary>The raw body (empty for a form read by ASP.NET Core or a GET).</summary>
    public byte[] Body { get; }

    public string? this[string name] => Fields.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    public static async Task<GatewayRequest> ReadAsync(HttpRequest request, string gateway, bool json, bool query, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (key, values) in form)
            {
                fields[key] = [.. values.Select(v => v ?? "")];
            }

            return new GatewayRequest(fields, []);
        }

        if (json && request.ContentType is { } type && type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            var body = buffer.ToArray();
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body);
            }
            catch (JsonException e)
            {
                throw new SmsRequestException(StatusCodes.Status400BadRequest, "The body is not JSON", $"The {gateway} request says it is JSON but is not ({e.Message}); nothing was stored.");
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new SmsRequestException(StatusCodes.Status400BadRequest, "The body is not a JSON object", $"The {gateway} request's JSON is a {document.RootElement.ValueKind}, not an object; nothing was stored.");
                }

                foreach (var property in document.RootElement.EnumerateObject())
                {
                    fields[property.Name] = [Scalar(property.Value)];
                }
            }

            return new GatewayRequest(fields, body);
        }

        if (query && HttpMethods.IsGet(request.Method))
        {
            foreach (var (key, values) in request.Query)
            {
                fields[key] = [.. values.Select(v => v ?? "")];
            }

            return new GatewayRequest(fields, []);
        }

        var accepted = "application/x-www-form-urlencoded" + (json ? " or application/json" : "") + (query ? " (or a GET with a query string)" : "");
        throw new SmsRequestException(
            StatusCodes.Status415UnsupportedMediaType,
            "Unsupported body",
            $"The {gateway} endpoint reads {accepted}; this request is '{request.ContentType ?? "without a content type"}'. Nothing was stored.");
    }

    /// <summary>The text of a required field, trimmed; a missing or blank one is refused with a problem naming it.</summary>
    public string Require(string gateway, string field, string what) =>
        this[field]?.Trim() is { Length: > 0 } value ? value : throw SmsRequestException.Missing(gateway, field, what);

    /// <summary>The message text: a missing or blank text is refused, never replaced.</summary>
    public string RequireText(string gateway, string field) =>
        this[field] is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : throw SmsRequestException.MissingText(gateway, field);

    /// <summary>The text of one part of a long message: kept as it is (a part may begin or end with the space between two words).</summary>
    public string RequirePartText(string gateway, string field) =>
        this[field] is { Length: > 0 } text ? text : throw SmsRequestException.MissingText(gateway, field);

    /// <summary>
    /// Whether the gateway's secret is set. When it is not, the request is accepted unsigned only if the host allows it
    /// (development); otherwise it is refused, naming the missing setting.
    /// </summary>
    public static bool ShouldVerify(string? secret, SmsChannelOptions options, string gateway, string setting)
    {
        if (!string.IsNullOrEmpty(secret))
        {
            return true;
        }

        return options.AllowUnsignedRequests
            ? false
            : throw new SmsRequestException(
                StatusCodes.Status403Forbidden,
                "The gateway is not configured",
                $"{setting} is not set, so no {gateway} request can be verified and every one is refused. Set it (AllowUnsignedRequests is for local development only).");
    }

    public static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null => "",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
