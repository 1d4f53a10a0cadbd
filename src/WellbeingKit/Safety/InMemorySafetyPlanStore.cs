using System.Collections.Concurrent;

namespace WellbeingKit.Safety;

/// <summary>The in-memory default <see cref="ISafetyPlanStore"/>: thread-safe, one process, nothing survives a restart.</summary>
internal sealed class InMemorySafetyPlanStore : ISafetyPlanStore
{
    private readonly ConcurrentDictionary<string, SafetyPlan> _plans = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<SafetyPlan?> GetSafetyPlanAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_plans.GetValueOrDefault(userId));
    }

    /// <inheritdoc />
    public Task<SafetyPlan> SetSafetyPlanSectionAsync(string userId, string section, IReadOnlyList<string> items, DateTimeOffset at, CancellationToken cancellationToken)
    {
        SafetyPlanEdit.Check(userId, section, items);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_plans.AddOrUpdate(
            userId,
            (u, a) => SafetyPlanEdit.With(null, u, a.section, a.items, a.at),
            (u, current, a) => SafetyPlanEdit.With(current, u, a.section, a.items, a.at),
            (section, items, at)));
    }

    /// <summary>Forgets the user's plan.</summary>
    public void Erase(string userId) => _plans.TryRemove(userId, out _);
}
