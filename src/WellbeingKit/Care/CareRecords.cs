using WellbeingKit.Resilience;

namespace WellbeingKit.Care;

/// <summary>Reads and changes care records with optimistic concurrency, each store call bounded by the store time-out.</summary>
internal sealed class CareRecords(ICareStore store, TimeProvider time, TimeSpan timeout)
{
    private const int Attempts = 8;

    /// <summary>The store.</summary>
    public ICareStore Store => store;

    /// <summary>The user's record, or null.</summary>
    public Task<CareRecord?> GetAsync(string userId, CancellationToken cancellationToken) =>
        Deadline.RunAsync("The care store", timeout, time, token => store.GetAsync(userId, token), cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the user's record (a new one when there is none) and saves it, reading again and
    /// re-applying when another writer got there first. A change that returns null leaves the record as it is.
    /// </summary>
    /// <returns>The saved record, or null when the change made none.</returns>
    /// <exception cref="Conversations.ConcurrencyConflictException">Other writers kept changing the record.</exception>
    public async Task<CareRecord?> UpdateAsync(string userId, Func<CareRecord, CareRecord?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = await GetAsync(userId, cancellationToken).ConfigureAwait(false) ?? new CareRecord { UserId = userId };
            if (change(current) is not { } changed)
            {
                return null;
            }

            var saved = await Deadline.RunAsync("The care store", timeout, time, token => store.TrySaveAsync(changed, token), cancellationToken).ConfigureAwait(false);
            if (saved is not null)
            {
                return saved;
            }
        }

        throw new Conversations.ConcurrencyConflictException("The care record kept changing while it was being saved.");
    }
}
