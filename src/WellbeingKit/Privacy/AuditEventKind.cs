namespace WellbeingKit.Privacy;

/// <summary>What an audit event records.</summary>
public enum AuditEventKind
{
    /// <summary>A message was screened at or above the escalation threshold and the safety flow took over.</summary>
    Escalation,

    /// <summary>A hand-off to a human was requested.</summary>
    HandoffRequested,

    /// <summary>A hand-off request was answered (queued, accepted or unavailable).</summary>
    HandoffAnswered,
}
