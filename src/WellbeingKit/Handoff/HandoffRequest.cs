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

    /// <summary>
    /// For an alert about someone getting worse (sent only with the user's recorded consent): what changed, as scores and
    /// bands, never text. Null for a request the user made in the conversation.
    /// </summary>
    public Care.DeteriorationNotice? Deterioration { get; init; }

    /// <summary>For a request <see cref="To"/> <c>peer</c>: the id of the matched peer supporter; when a peer hands a user on to a counsellor, that peer's id.</summary>
    public string? PeerId { get; init; }
}
