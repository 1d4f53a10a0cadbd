namespace WellbeingKit.Care;

/// <summary>
/// Works out when a user's next check-in is due: at the local time they chose, on the days they chose, never inside their
/// quiet hours, and right across daylight-saving changes (a time that does not exist that day moves forward by the gap; a
/// time that happens twice is taken the first time).
/// </summary>
internal static class CheckInSchedule
{
    /// <summary>How many local days ahead to look for the next allowed day (a weekly check-in needs at most 8).</summary>
    private const int DaysAhead = 15;

    /// <summary>The time zone with the IANA (or Windows) id <paramref name="id"/>, or null when unknown.</summary>
    public static TimeZoneInfo? FindTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>
    /// The first check-in strictly after <paramref name="after"/> (for a paused user, at or after the end of the pause), in
    /// UTC; null when check-ins are off, stopped, paused without an end, or the time zone is unknown.
    /// </summary>
    /// <param name="preferences">The user's preferences.</param>
    /// <param name="after">The instant to look after (usually now, or the check-in just sent).</param>
    /// <returns>The next due instant, or null.</returns>
    public static DateTimeOffset? NextDue(CheckInPreferences preferences, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var from = preferences.Status switch
        {
            CheckInStatus.Active => after,
            CheckInStatus.Paused when preferences.PausedUntil is { } until => until > after ? until.AddTicks(-1) : after,
            _ => (DateTimeOffset?)null,
        };
        var zone = FindTimeZone(preferences.TimeZone);
        if (from is null || zone is null)
        {
            return null;
        }

        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from.Value, zone).DateTime);
        for (var i = 0; i < DaysAhead; i++)
        {
            var day = localDay.AddDays(i);
            if (!OnDay(preferences, day.DayOfWeek))
            {
                continue;
            }

            var candidate = At(day, Allowed(preferences, preferences.PreferredTime), zone);
            if (IsQuiet(preferences, candidate, zone))
            {
                // Only a daylight-saving gap can push the chosen time into the quiet hours: go to their end instead.
                candidate = At(day, preferences.Quiet!.Value.End, zone);
            }

            if (candidate > from.Value)
            {
                return candidate.ToUniversalTime();
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="instant"/> falls in the user's quiet hours (in their time zone).</summary>
    /// <param name="preferences">The user's preferences.</param>
    /// <param name="instant">The instant.</param>
    /// <returns>Whether contacting the user then is not allowed.</returns>
    public static bool IsQuiet(CheckInPreferences preferences, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var zone = FindTimeZone(preferences.TimeZone);
        return zone is null || IsQuiet(preferences, instant, zone);
    }

    /// <summary>The local time of <paramref name="instant"/> in the user's time zone (UTC when it is unknown).</summary>
    public static DateTimeOffset Local(CheckInPreferences preferences, DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, FindTimeZone(preferences.TimeZone) ?? TimeZoneInfo.Utc);

    private static bool IsQuiet(CheckInPreferences preferences, DateTimeOffset instant, TimeZoneInfo zone) =>
        preferences.Quiet is { } quiet && quiet.Contains(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime));

    private static bool OnDay(CheckInPreferences preferences, DayOfWeek day) => preferences.Frequency switch
    {
        CheckInFrequency.Weekdays => day is not (DayOfWeek.Saturday or DayOfWeek.Sunday),
        CheckInFrequency.Weekly => day == preferences.Day,
        _ => true,
    };

    /// <summary>The chosen time, or the end of the quiet hours when the chosen time is inside them.</summary>
    private static TimeOnly Allowed(CheckInPreferences preferences, TimeOnly time) =>
        preferences.Quiet is { } quiet && quiet.Contains(time) ? quiet.End : time;

    /// <summary>The instant of local <paramref name="time"/> on <paramref name="day"/> in <paramref name="zone"/>.</summary>
    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // Spring forward: the clock jumps over this time; the same instant is the time plus the gap.
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local, before).ToOffset(zone.GetUtcOffset(new DateTimeOffset(local, before)));
        }

        if (zone.IsAmbiguousTime(local))
        {
            // Fall back: this time happens twice; the first time has the larger offset.
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
