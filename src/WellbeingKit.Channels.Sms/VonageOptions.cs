namespace WellbeingKit.Channels.Sms;

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
