using WellbeingKit.Risk;

namespace WellbeingKit.Handoff;

/// <summary>A request to hand a user over to a human.</summary>
public sealed record HandoffRequest
{
    /// <summary>The user.</summary>
    public required string UserId { get; init; }

    /// <summary>Who is asked for: <c>counsellor</c> or <c>peer</c>.</summary>
    public string To { get; init; } = "counsellor";

    /// <summary>The risk level that led to the request.</summary>
    public RiskLevel Level { get; init; }

    /// <summary>The risk categories.</summary>
    public IReadOnlyList<RiskCategory> Categories { get; init; } = [];

    /// <summary>The user's locale.</summary>
    public string? Locale { get; init; }

    /// <summary>The user's country.</summary>
    public string? Country { get; init; }

    /// <summary>When the request was made.</summary>
    public DateTimeOffset At { get; init; }
}

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

/// <summary>The answer to a hand-off request.</summary>
/// <param name="Status">Whether a human is coming.</param>
/// <param name="EstimatedWait">How long until a human replies, when known.</param>
/// <param name="Reference">The host's reference for the request (a ticket id), when any.</param>
public sealed record HandoffResult(HandoffStatus Status, TimeSpan? EstimatedWait = null, string? Reference = null);

/// <summary>Hands a user over to a human (a counsellor or a peer supporter). Implement this to connect your queue.</summary>
public interface IHandoffService
{
    /// <summary>Requests a hand-off.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether a human is coming.</returns>
    Task<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default);
}
