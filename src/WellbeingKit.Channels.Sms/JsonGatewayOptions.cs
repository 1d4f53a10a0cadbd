namespace WellbeingKit.Channels.Sms;

/// <summary>Settings of the generic JSON gateway.</summary>
public sealed class JsonGatewayOptions
{
    /// <summary>The secret that signs the body: <c>X-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c>.</summary>
    public string? Secret { get; set; }
}
