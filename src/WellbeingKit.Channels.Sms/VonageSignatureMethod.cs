namespace WellbeingKit.Channels.Sms;

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
