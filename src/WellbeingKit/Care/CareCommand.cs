namespace WellbeingKit.Care;

/// <summary>What a user asked of care between conversations by typing it.</summary>
internal enum CareCommand
{
    /// <summary>Nothing care handles.</summary>
    None,

    /// <summary>"stop check-ins".</summary>
    StopCheckIns,

    /// <summary>"pause check-ins" (for a week).</summary>
    PauseCheckIns,

    /// <summary>"start check-ins" (or resume them).</summary>
    StartCheckIns,

    /// <summary>"my progress".</summary>
    ShowInsights,

    /// <summary>"peer support".</summary>
    AskForPeer,

    /// <summary>"stop sharing": withdraw consent to alerts.</summary>
    RevokeConsent,
}
