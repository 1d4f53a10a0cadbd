namespace WellbeingKit.Storage;

/// <summary>Checks the retention options both stores share.</summary>
internal static class RetentionRules
{
    private static readonly TimeSpan Shortest = TimeSpan.FromDays(1);
    private static readonly TimeSpan Longest = TimeSpan.FromDays(36525);

    public static void Check(List<string> problems, string owner, TimeSpan? retention, TimeSpan? auditRetention, TimeSpan purgeInterval)
    {
        if (retention is { } r && (r < Shortest || r > Longest))
        {
            problems.Add($"{owner}.Retention is {r}; it must be between 1 day and 100 years (or null to keep entries until erased).");
        }

        if (auditRetention is { } a && (a < Shortest || a > Longest))
        {
            problems.Add($"{owner}.AuditRetention is {a}; it must be between 1 day and 100 years (or null to keep audit events).");
        }

        if (purgeInterval < TimeSpan.FromMinutes(1) || purgeInterval > TimeSpan.FromDays(1))
        {
            problems.Add($"{owner}.PurgeInterval is {purgeInterval}; it must be between 1 minute and 1 day.");
        }
    }
}
