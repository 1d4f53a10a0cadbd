using System.Collections.Concurrent;

namespace WellbeingKit.Care;

/// <summary>The in-memory default <see cref="ICareStore"/>: thread-safe, one process, nothing survives a restart.</summary>
internal sealed class InMemoryCareStore : ICareStore
{
    private readonly ConcurrentDictionary<string, Row> _rows = new(StringComparer.Ordinal);
    private readonly Lock _claims = new();

    /// <inheritdoc />
    public Task<CareRecord?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_rows.TryGetValue(userId, out var row) ? CareRecordJson.Deserialize(row.Payload, row.Version) : null);
    }

    /// <inheritdoc />
    public Task<CareRecord?> TrySaveAsync(CareRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_claims)
        {
            _rows.TryGetValue(record.UserId, out var current);
            if ((current?.Version ?? 0) != record.Version)
            {
                return Task.FromResult<CareRecord?>(null);
            }

            var saved = record with { Version = record.Version + 1 };
            _rows[record.UserId] = new Row(saved.Version, saved.NextDueAt, current?.LeaseOwner, current?.LeaseUntil, CareRecordJson.Serialize(saved));
            return Task.FromResult<CareRecord?>(saved);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CheckInClaim>> ClaimDueAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_claims)
        {
            var due = _rows
                .Where(r => r.Value.NextDueAt <= now && (r.Value.LeaseUntil is null || r.Value.LeaseUntil <= now))
                .OrderBy(r => r.Value.NextDueAt)
                .ThenBy(r => r.Key, StringComparer.Ordinal)
                .Take(max)
                .ToList();
            var claims = new List<CheckInClaim>(due.Count);
            foreach (var (userId, row) in due)
            {
                _rows[userId] = row with { LeaseOwner = owner, LeaseUntil = now + lease };
                claims.Add(new CheckInClaim(userId, row.NextDueAt!.Value, owner, now + lease));
            }

            return Task.FromResult<IReadOnlyList<CheckInClaim>>(claims);
        }
    }

    /// <inheritdoc />
    public Task ReleaseAsync(CheckInClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        lock (_claims)
        {
            if (_rows.TryGetValue(claim.UserId, out var row) && row.LeaseOwner == claim.Owner)
            {
                _rows[claim.UserId] = row with { LeaseOwner = null, LeaseUntil = null };
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Erases the user's record.</summary>
    public void Erase(string userId) => _rows.TryRemove(userId, out _);

    private sealed record Row(long Version, DateTimeOffset? NextDueAt, string? LeaseOwner, DateTimeOffset? LeaseUntil, byte[] Payload);
}
