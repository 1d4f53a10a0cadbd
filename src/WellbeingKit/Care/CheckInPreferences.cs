namespace WellbeingKit.Care;

/// <summary>
/// The check-ins a user asked for: how often, at what local time, in which time zone, and when never to be contacted.
/// Nobody is checked in with until they opt in (<see cref="Status"/> is <see cref="CheckInStatus.Off"/> by default).
/// </summary>
public sealed record CheckInPreferences
{
    /// <summary>Whether check-ins run (default <see cref="CheckInStatus.Off"/>: nobody is contacted without asking for it).</summary>
    public CheckInStatus Status { get; init; } = CheckInStatus.Off;

    /// <summary>How often (default daily).</summary>
    public CheckInFrequency Frequency { get; init; } = CheckInFrequency.Daily;

    /// <summary>The local time of day the user chose (default 18:00).</summary>
    public TimeOnly PreferredTime { get; init; } = new(18, 0);

    /// <summary>The day of a weekly check-in (default Monday).</summary>
    public DayOfWeek Day { get; init; } = DayOfWeek.Monday;

    /// <summary>The user's time zone, an IANA id such as <c>Europe/Madrid</c> (default <c>UTC</c>).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>When the user is never contacted, in local time (default 21:30 to 08:00); null for none.</summary>
    public QuietHours? Quiet { get; init; } = new QuietHours(new TimeOnly(21, 30), new TimeOnly(8, 0));

    /// <summary>For <see cref="CheckInStatus.Paused"/>: when check-ins start again; null keeps them paused until the user resumes.</summary>
    public DateTimeOffset? PausedUntil { get; init; }

    /// <summary>The problems with these preferences, each naming the field and what to do; empty when they are valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (CheckInSchedule.FindTimeZone(TimeZone) is null)
        {
            problems.Add($"TimeZone: '{TimeZone}' is not a known IANA time zone id (for example 'Europe/Madrid' or 'UTC').");
        }

        if (!Enum.IsDefined(Status))
        {
            problems.Add($"Status: {(int)Status} is not a check-in status (Off, Active, Paused or Stopped).");
        }

        if (!Enum.IsDefined(Frequency))
        {
            problems.Add($"Frequency: {(int)Frequency} is not a frequency (Daily, Weekdays or Weekly).");
        }

        if (Quiet is { } quiet && quiet.Start != quiet.End && quiet.Contains(PreferredTime))
        {
            problems.Add($"PreferredTime: {PreferredTime:HH\\:mm} is inside the quiet hours ({quiet.Start:HH\\:mm} to {quiet.End:HH\\:mm}); choose a time outside them.");
        }

        if (Quiet is { } all && all.Start != all.End && Minutes(all) >= 23 * 60)
        {
            problems.Add($"Quiet: {all.Start:HH\\:mm} to {all.End:HH\\:mm} leaves less than an hour a day for check-ins.");
        }

        return problems;
    }

    private static int Minutes(QuietHours quiet)
    {
        var span = quiet.End.ToTimeSpan() - quiet.Start.ToTimeSpan();
        return (int)(span < TimeSpan.Zero ? span + TimeSpan.FromDays(1) : span).TotalMinutes;
    }
}
