using WellbeingKit.Risk;

namespace WellbeingKit.Care;

/// <summary>Who is looking for a peer supporter.</summary>
/// <param name="Locale">The user's locale.</param>
/// <param name="Topics">What they want to talk about (may be empty).</param>
/// <param name="LivedExperience">Lived experience they would like the supporter to share (may be empty).</param>
/// <param name="Risk">The user's current risk level (the highest of their recent messages).</param>
/// <param name="InSafetyConversation">True while the safety flow is active or help is still pinned after an escalation.</param>
internal sealed record PeerMatchRequest(
    string Locale,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> LivedExperience,
    RiskLevel Risk,
    bool InSafetyConversation);
