using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using WellbeingKit.Conversations;
using WellbeingKit.Handoff;

namespace WellbeingKit.Samples.Humanitarian;

/// <summary>
/// An SMS-style webhook: plain text in (form fields <c>From</c> and <c>Body</c>, as common SMS gateways post them) and
/// plain text out, split into SMS parts (one part per paragraph of the response, separated by a blank line).
/// Quick replies become numbered options; the person answers with the number.
/// </summary>
internal sealed partial class SmsWebhook(IWellbeingKit kit, IConfiguration configuration, ILogger<SmsWebhook> logger)
{
    /// <summary>What a person in danger reads when even the kit fails: no error ever leaves them with nothing.</summary>
    public const string FallbackSafetyText =
        "Sorry, something went wrong. If you are in danger, call your local emergency number now or go to the nearest health centre.";

    private static readonly Dictionary<string, string> Greetings = new(StringComparer.Ordinal)
    {
        ["en"] = "hello",
        ["es"] = "hola",
        ["fr"] = "bonjour",
        ["ar"] = "مرحبا",
    };

    private readonly ConcurrentDictionary<string, IReadOnlyList<QuickReply>> _options = new(StringComparer.Ordinal);

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var token = configuration["Sms:Token"];
        if (!string.IsNullOrEmpty(token))
        {
            var given = http.Request.Headers["X-Gateway-Token"].FirstOrDefault() ?? "";
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token)))
            {
                return Text(StatusCodes.Status401Unauthorized, "The X-Gateway-Token header is missing or wrong.");
            }
        }

        if (!http.Request.HasFormContentType)
        {
            return Text(StatusCodes.Status415UnsupportedMediaType, "Post the form fields From and Body (application/x-www-form-urlencoded), as SMS gateways do.");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var from = form["From"].FirstOrDefault()?.Trim();
        var body = form["Body"].FirstOrDefault()?.Trim() ?? "";
        if (string.IsNullOrEmpty(from))
        {
            return Text(StatusCodes.Status400BadRequest, "The form field 'From' (the sender's number) is missing.");
        }

        var reply = await ReplyAsync(from, body, http.RequestAborted);
        var parts = SmsSegmenter.Split(reply);
        http.Response.Headers["X-Sms-Parts"] = parts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers["X-Sms-Encoding"] = SmsSegmenter.EncodingOf(reply).ToString();
        return Results.Text(string.Join("\n\n", parts), "text/plain; charset=utf-8");
    }

    /// <summary>The reply's text, before it is split into SMS parts.</summary>
    public async Task<string> ReplyAsync(string from, string body, CancellationToken cancellationToken)
    {
        var userId = UserIdOf(from);
        if (body.Length == 0)
        {
            body = "hi";
        }

        if (NumberPattern().IsMatch(body) && _options.TryGetValue(userId, out var options)
            && int.Parse(body, System.Globalization.CultureInfo.InvariantCulture) is var n && n >= 1 && n <= options.Count)
        {
            body = options[n - 1].Value;
        }

        // "FR", "LANG es", "AR": switch language (the conversation keeps it) and start with a greeting in it.
        string? locale = null;
        var language = LanguagePattern().Match(body);
        if (language.Success)
        {
            locale = language.Groups[1].Value.ToLowerInvariant();
            body = Greetings[locale];
        }
        else if (ArabicPattern().IsMatch(body))
        {
            locale = "ar";
        }

        try
        {
            var message = new UserMessage(userId, body)
            {
                Locale = locale,
                Country = string.IsNullOrWhiteSpace(configuration["Sms:Country"]) ? null : configuration["Sms:Country"],
            };
            var reply = await kit.HandleAsync(message, cancellationToken);
            _options[userId] = reply.QuickReplies;
            return Format(reply);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The kit failed on an SMS; the fallback safety text was sent.");
            return FallbackSafetyText;
        }
    }

    /// <summary>
    /// The kit's user id for a phone number: a keyed hash, so the database never holds the number itself
    /// (set <c>Sms:Pepper</c> to a secret of your own).
    /// </summary>
    public string UserIdOf(string from)
    {
        var pepper = configuration["Sms:Pepper"] ?? "demo-pepper-change-me";
        var digits = new string(from.Where(c => char.IsDigit(c) || c == '+').ToArray());
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(pepper), Encoding.UTF8.GetBytes(digits));
        return "sms-" + Convert.ToHexStringLower(hash)[..24];
    }

    /// <summary>The reply as compact text: messages, helplines (name and number), hand-off status, numbered options.</summary>
    public static string Format(Reply reply)
    {
        var text = new StringBuilder();
        foreach (var message in reply.Messages)
        {
            text.AppendLine(message.Text.Trim());
        }

        foreach (var line in reply.Helplines.Take(3))
        {
            var reach = line.Phone ?? (line.Sms is null ? null : "SMS " + line.Sms) ?? line.Url;
            text.AppendLine(reach is null ? line.Name : $"{line.Name}: {reach}");
        }

        if (reply.Handoff is { Status: HandoffStatus.Queued or HandoffStatus.Accepted } handoff)
        {
            text.AppendLine(reply.Direction == "rtl" ? $"سيتواصل معك شخص قريبًا ({handoff.Reference})" : $"A person will contact you soon ({handoff.Reference}).");
        }

        for (var i = 0; i < reply.QuickReplies.Count; i++)
        {
            text.Append(i + 1).Append(") ").AppendLine(reply.QuickReplies[i].Label);
        }

        return BlankLines().Replace(text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), "\n").Trim();
    }

    private static IResult Text(int status, string text) => Results.Text(text, "text/plain; charset=utf-8", statusCode: status);

    [GeneratedRegex("^[0-9]{1,2}$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^(?:lang(?:uage)?\\s+)?(en|es|fr|ar)$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("[\\u0600-\\u06FF]")]
    private static partial Regex ArabicPattern();

    [GeneratedRegex("\\n{2,}")]
    private static partial Regex BlankLines();
}
