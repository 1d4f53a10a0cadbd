namespace WellbeingKit.Care;

/// <summary>The result of matching a user with a peer supporter.</summary>
/// <param name="Outcome">Matched, sent to a counsellor instead, or nobody available.</param>
/// <param name="Supporter">The supporter, when matched.</param>
/// <param name="Reasons">Why this supporter (<c>language</c>, <c>topic:work</c>, <c>lived:student</c>), or why no peer.</param>
internal sealed record PeerMatch(PeerMatchOutcome Outcome, PeerSupporter? Supporter, IReadOnlyList<string> Reasons);
