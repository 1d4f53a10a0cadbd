namespace WellbeingKit.Channels.Sms;

/// <summary>Twilio settings.</summary>
public sealed class TwilioOptions
{
    /// <summary>The account's auth token: it signs every webhook (<c>X-Twilio-Signature</c>).</summary>
    public string? AuthToken { get; set; }

    /// <summary>
    /// The public base address Twilio calls (for example <c>https://sms.example.org</c>) when the host sits behind a proxy:
    /// the signature covers the exact URL Twilio requested. Null: the request's own scheme and host.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}
