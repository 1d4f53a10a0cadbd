namespace WellbeingKit.Samples.HR;

/// <summary>A published dashboard snapshot.</summary>
internal sealed record DashboardSnapshot(long Id, DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd, DateTimeOffset PublishedAt, IReadOnlyList<TeamRow> Teams);
