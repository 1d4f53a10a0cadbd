using System.Collections.Concurrent;

namespace WellbeingKit.Channels.Sms;

/// <summary>The default <see cref="ISmsChannelStore"/>: in memory, lost on restart (fine for tests, not for a real line).</summary>
internal sealed class InMemorySmsChannelStore : ISmsChannelStore
{
    private readonly ConcurrentDictionary<string, bool> _suppressed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (IReadOnlyList<string> Options, string? Remainder)> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _answered = new(StringComparer.Ordinal);

    public ValueTask<bool> IsSuppressedAsync(string userId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_suppressed.TryGetValue(userId, out var s) && s);

    public ValueTask SetSuppressedAsync(string userId, bool suppressed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _suppressed[userId] = suppressed;
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<string>> GetOptionsAsync(string userId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_pending.TryGetValue(userId, out var p) ? p.Options : []);

    public ValueTask SetPendingAsync(string userId, IReadOnlyList<string> options, string? rest, CancellationToken cancellationToken)
    {
        _pending[userId] = (options, rest);
        return ValueTask.CompletedTask;
    }

    public ValueTask<string?> TakeRestAsync(string userId, CancellationToken cancellationToken)
    {
        string? rest = null;
        _pending.AddOrUpdate(userId, _ => ([], null), (_, p) =>
        {
            rest = p.Remainder;
            return (p.Options, null);
        });
        return ValueTask.FromResult(rest);
    }

    public ValueTask<bool> TryMarkAnsweredAsync(string messageKey, DateTimeOffset at, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_answered.TryAdd(messageKey, at));

    public ValueTask<bool> WasAnsweredAsync(string messageKey, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_answered.ContainsKey(messageKey));
}
