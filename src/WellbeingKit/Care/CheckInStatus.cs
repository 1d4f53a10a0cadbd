namespace WellbeingKit.Care;

/// <summary>Whether check-ins run for a user. Nobody is checked in with unless they asked for it.</summary>
public enum CheckInStatus
{
    /// <summary>The user never asked for check-ins (the default).</summary>
    Off,

    /// <summary>The user asked for check-ins and they run.</summary>
    Active,

    /// <summary>The user paused check-ins until <see cref="CheckInPreferences.PausedUntil"/>.</summary>
    Paused,

    /// <summary>The user stopped check-ins; only they can start them again.</summary>
    Stopped,
}
