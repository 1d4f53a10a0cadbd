namespace WellbeingKit.Handoff;

/// <summary>Whether a human is coming.</summary>
public enum HandoffStatus
{
    /// <summary>No human is available now; the reply says so honestly and shows helplines.</summary>
    Unavailable,

    /// <summary>The request was queued; a human will reply.</summary>
    Queued,

    /// <summary>A human accepted and is joining.</summary>
    Accepted,
}
