namespace WellbeingKit.Care;

/// <summary>How a peer match ended.</summary>
internal enum PeerMatchOutcome
{
    /// <summary>A peer supporter was found.</summary>
    Matched,

    /// <summary>The user is at High or Imminent risk or in a safety conversation: a counsellor, never a peer.</summary>
    Counsellor,

    /// <summary>No peer supporter is available now.</summary>
    NoneAvailable,
}
