using System.Globalization;
using System.Text.RegularExpressions;

namespace WellbeingKit.Care;

/// <summary>The one place where check-ins are started, paused and stopped (typed by the user or set by the host).</summary>
internal static partial class CheckInChanges
{
    /// <summary>The record with <paramref name="preferences"/> and the next due time worked out from <paramref name="now"/>.</summary>
    public static CareRecord Apply(CareRecord record, CheckInPreferences preferences, DateTimeOffset now) =>
        record with { Preferences = preferences, NextDueAt = CheckInSchedule.NextDue(preferences, now) };

    /// <summary>Starts (or resumes) check-ins, at <paramref name="time"/> when given, in <paramref name="timeZone"/> when known.</summary>
    public static CareRecord Start(CareRecord record, TimeOnly? time, string? timeZone, DateTimeOffset now)
    {
        var preferences = record.Preferences with
        {
            Status = CheckInStatus.Active,
            PausedUntil = null,
            TimeZone = CheckInSchedule.FindTimeZone(timeZone) is not null ? timeZone! : record.Preferences.TimeZone,
        };
        if (time is { } chosen)
        {
            preferences = preferences with { PreferredTime = preferences.Quiet is { } quiet && quiet.Contains(chosen) ? quiet.End : chosen };
        }

        return Apply(record, preferences, now);
    }

    /// <summary>Pauses check-ins until <paramref name="until"/>.</summary>
    public static CareRecord Pause(CareRecord record, DateTimeOffset until, DateTimeOffset now) =>
        Apply(record, record.Preferences with { Status = CheckInStatus.Paused, PausedUntil = until }, now);

    /// <summary>The preferences as they are at <paramref name="now"/>: a pause whose end has come is over.</summary>
    public static CheckInPreferences AsOf(CheckInPreferences preferences, DateTimeOffset now) =>
        preferences is { Status: CheckInStatus.Paused, PausedUntil: { } until } && until <= now
            ? preferences with { Status = CheckInStatus.Active, PausedUntil = null }
            : preferences;

    /// <summary>Stops check-ins.</summary>
    public static CareRecord Stop(CareRecord record, DateTimeOffset now) =>
        Apply(record, record.Preferences with { Status = CheckInStatus.Stopped, PausedUntil = null }, now);

    /// <summary>
    /// A time of day written in a message ("at 9", "19:30", "7 pm", "9h"), or null. Only the first time is read.
    /// </summary>
    public static TimeOnly? ReadTime(string text)
    {
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var half = match.Groups["ampm"].Value.ToLowerInvariant();
        hour = half switch
        {
            "pm" when hour < 12 => hour + 12,
            "am" when hour == 12 => 0,
            _ => hour,
        };
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"(?<![\d:])(?<h>\d{1,2})(?:(?::|h)(?<m>\d{2}))?\s*(?<ampm>am|pm|h)?(?![\d:])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimePattern();
}
