namespace WellbeingKit.Channels.Sms;

/// <summary>Settings of the SMS channel (bind them to the <c>Sms</c> configuration section).</summary>
public sealed class SmsChannelOptions
{
    /// <summary>Twilio settings.</summary>
    public TwilioOptions Twilio { get; set; } = new();

    /// <summary>Africa's Talking settings.</summary>
    public AfricasTalkingOptions AfricasTalking { get; set; } = new();

    /// <summary>Vonage (SMS API) settings.</summary>
    public VonageOptions Vonage { get; set; } = new();

    /// <summary>Settings of the generic JSON gateway.</summary>
    public JsonGatewayOptions Json { get; set; } = new();

    /// <summary>
    /// Accept requests a gateway's secret is not configured for (no signature check). For local development only: anyone who
    /// can reach the endpoint could then write as anyone. Default false: such a request is refused with 403.
    /// </summary>
    public bool AllowUnsignedRequests { get; set; }

    /// <summary>
    /// The most SMS parts one reply may cost (default 3). A longer reply is cut at a line and the rest is kept until the person
    /// sends <c>MORE</c>; a safety reply is never cut (its helplines always go out whole).
    /// </summary>
    public int MaxParts { get; set; } = 3;

    /// <summary>
    /// Locales whose replies may have letters outside GSM-7 written with the nearest GSM-7 letter (ê → e) so they cost GSM-7
    /// parts (153 characters) instead of UCS-2 parts (67). Default en, es, fr; never Arabic script.
    /// </summary>
    public ISet<string> TransliterateLocales { get; } = new HashSet<string>(["en", "es", "fr"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The country used when the sender's calling code is not in <see cref="CallingCodes"/> (null: the kit's default).</summary>
    public string? DefaultCountry { get; set; }
}

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

/// <summary>Africa's Talking settings. Africa's Talking does not sign its callbacks; a shared key in the callback URL stands in.</summary>
public sealed class AfricasTalkingOptions
{
    /// <summary>A long random key you put in the callback URL you give Africa's Talking (<c>/sms/africastalking?key=...</c>).</summary>
    public string? SharedKey { get; set; }
}

/// <summary>How Vonage signs a webhook (chosen in the Vonage dashboard).</summary>
public enum VonageSignatureMethod
{
    /// <summary>MD5 of the signed parameters followed by the secret (Vonage's default, "MD5 hash").</summary>
    Md5Hash,

    /// <summary>HMAC-MD5.</summary>
    Md5Hmac,

    /// <summary>HMAC-SHA1.</summary>
    Sha1Hmac,

    /// <summary>HMAC-SHA256.</summary>
    Sha256Hmac,

    /// <summary>HMAC-SHA512.</summary>
    Sha512Hmac,
}

/// <summary>Vonage (SMS API) settings.</summary>
public sealed class VonageOptions
{
    /// <summary>The account's signature secret (not the API secret).</summary>
    public string? SignatureSecret { get; set; }

    /// <summary>The signing method set in the dashboard.</summary>
    public VonageSignatureMethod SignatureMethod { get; set; } = VonageSignatureMethod.Md5Hash;

    /// <summary>How old a signed request's <c>timestamp</c> may be before it is refused as a replay (default 5 minutes).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Settings of the generic JSON gateway.</summary>
public sealed class JsonGatewayOptions
{
    /// <summary>The secret that signs the body: <c>X-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c>.</summary>
    public string? Secret { get; set; }
}
