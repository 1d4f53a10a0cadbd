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
