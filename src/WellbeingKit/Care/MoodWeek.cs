namespace WellbeingKit.Care;

/// <summary>One week of mood check-ins.</summary>
/// <param name="WeekStart">The Monday the week starts on (in the user's time zone).</param>
/// <param name="Average">The mean mood (1 very low to 5 very good), or null when there was no check-in that week.</param>
/// <param name="Entries">How many check-ins.</param>
public sealed record MoodWeek(DateOnly WeekStart, double? Average, int Entries);
