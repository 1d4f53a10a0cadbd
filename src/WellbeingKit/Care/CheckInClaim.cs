namespace WellbeingKit.Care;

/// <summary>A due check-in claimed by one host for a while (a lease): no other host takes it until the lease runs out.</summary>
/// <param name="UserId">The user.</param>
/// <param name="DueAt">When the check-in was due (the record's next due time when claimed).</param>
/// <param name="Owner">The host that holds the claim.</param>
/// <param name="LeaseUntil">When the claim runs out if the owner neither saves nor releases it.</param>
public sealed record CheckInClaim(string UserId, DateTimeOffset DueAt, string Owner, DateTimeOffset LeaseUntil)
{
    /// <summary>The key the outbound channel sees: the same for every attempt at this check-in, on any host.</summary>
    public string DedupeKey => DedupeKeyFor(UserId, DueAt);

    /// <summary>The dedupe key of the check-in of <paramref name="userId"/> due at <paramref name="dueAt"/>.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="dueAt">When the check-in was due.</param>
    /// <returns>The key.</returns>
    public static string DedupeKeyFor(string userId, DateTimeOffset dueAt) =>
        "checkin:" + userId + ":" + dueAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
