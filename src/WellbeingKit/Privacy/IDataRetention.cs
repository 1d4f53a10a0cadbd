namespace WellbeingKit.Privacy;

/// <summary>A store that can delete what is older than its retention period (implemented by the SQLite and PostgreSQL stores).</summary>
public interface IDataRetention
{
    /// <summary>Deletes every entry older than the configured retention period.</summary>
    /// <param name="cancellationToken">Cancels the purge.</param>
    /// <returns>How many rows were deleted.</returns>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default);
}
