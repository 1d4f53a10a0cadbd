namespace WellbeingKit.Care;

/// <summary>
/// The user's consent to an alert (scores only, never text) going to the programme's counsellor when their scores get
/// worse. Recorded when given, and kept (with when it was withdrawn) when revoked.
/// </summary>
/// <param name="GivenAt">When the user said yes.</param>
/// <param name="RevokedAt">When the user withdrew it; null while it holds.</param>
public sealed record AlertConsent(DateTimeOffset GivenAt, DateTimeOffset? RevokedAt = null)
{
    /// <summary>True while the consent holds.</summary>
    public bool Holds => RevokedAt is null;
}
