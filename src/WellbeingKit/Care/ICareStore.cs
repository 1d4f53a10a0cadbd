namespace WellbeingKit.Care;

/// <summary>
/// Where care records live, and how hosts claim due check-ins so that each is sent once. The SQLite and PostgreSQL stores
/// implement it (the contract is in docs/care.md); the default keeps records in memory.
/// </summary>
internal interface ICareStore
{
    /// <summary>The user's record, or null.</summary>
    Task<CareRecord?> GetAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="record"/> if the stored version still equals its <see cref="CareRecord.Version"/> (0 = new);
    /// leaves a claim on the record as it is.
    /// </summary>
    /// <returns>The record with its new version, or null when another writer changed it first (read again and retry).</returns>
    Task<CareRecord?> TrySaveAsync(CareRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> records whose check-in is due at <paramref name="now"/> and that no live claim
    /// holds, oldest due first, for <paramref name="lease"/>. Two hosts calling at once never get the same record.
    /// </summary>
    Task<IReadOnlyList<CheckInClaim>> ClaimDueAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Ends <paramref name="claim"/> (when its owner still holds it).</summary>
    Task ReleaseAsync(CheckInClaim claim, CancellationToken cancellationToken);
}
