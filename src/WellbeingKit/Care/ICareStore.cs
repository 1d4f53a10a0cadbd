namespace WellbeingKit.Care;

/// <summary>
/// Where care records live, and how hosts claim due check-ins so that each is sent once. The SQLite and PostgreSQL stores
/// implement it (the contract is in docs/care.md); the default keeps records in memory. A store for another database
/// implements it and registers it in place of that default (<c>services.Replace(ServiceDescriptor.Singleton&lt;ICareStore&gt;(…))</c>
/// after <c>AddWellbeingKit()</c>), as the SQLite and PostgreSQL stores do.
/// </summary>
public interface ICareStore
{
    /// <summary>The user's record, or null.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record with its stored version, or null when the user has none.</returns>
    Task<CareRecord?> GetAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="record"/> if the stored version still equals its <see cref="CareRecord.Version"/> (0 = new);
    /// leaves a claim on the record as it is.
    /// </summary>
    /// <param name="record">The record to save.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The record with its new version, or null when another writer changed it first (read again and retry).</returns>
    Task<CareRecord?> TrySaveAsync(CareRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> records whose check-in is due at <paramref name="now"/> and that no live claim
    /// holds, oldest due first, for <paramref name="lease"/>. Two hosts calling at once never get the same record.
    /// </summary>
    /// <param name="now">The current time.</param>
    /// <param name="owner">The host claiming.</param>
    /// <param name="lease">How long the claim holds unless saved or released.</param>
    /// <param name="max">The most records to claim.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    /// <returns>The claims, oldest due first.</returns>
    Task<IReadOnlyList<CheckInClaim>> ClaimDueAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Ends <paramref name="claim"/> (when its owner still holds it).</summary>
    /// <param name="claim">The claim to end.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the claim is ended.</returns>
    Task ReleaseAsync(CheckInClaim claim, CancellationToken cancellationToken);
}
