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

    /// <summary>
    /// How long the parts of a long message (Vonage's SMS API delivers each part on its own) wait for the missing ones
    /// (default 1 minute). Then what came is screened and answered, so a lost part never swallows a crisis text.
    /// </summary>
    public TimeSpan PartsWaitFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The country used when the sender's calling code is not in <see cref="CallingCodes"/> (null: the kit's default).</summary>
    public string? DefaultCountry { get; set; }
}
