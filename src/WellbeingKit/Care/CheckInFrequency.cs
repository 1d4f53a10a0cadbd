namespace WellbeingKit.Care;

/// <summary>How often a user asked to be checked in with.</summary>
public enum CheckInFrequency
{
    /// <summary>Every day.</summary>
    Daily,

    /// <summary>Monday to Friday.</summary>
    Weekdays,

    /// <summary>Once a week, on <see cref="CheckInPreferences.Day"/>.</summary>
    Weekly,
}
