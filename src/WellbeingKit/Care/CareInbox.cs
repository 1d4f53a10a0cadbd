using System.Collections.Concurrent;

namespace WellbeingKit.Care;

/// <summary>
/// Hands what the care listener noticed during a turn (after the save, inside the same <c>HandleAsync</c>) to the reply
/// of that turn. In-process only: the listener and the reply run on the same host.
/// </summary>
internal sealed class CareInbox
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<CareNote>> _notes = new(StringComparer.Ordinal);

    /// <summary>Leaves <paramref name="note"/> for the user's reply.</summary>
    public void Post(string userId, CareNote note) => _notes.GetOrAdd(userId, _ => new ConcurrentQueue<CareNote>()).Enqueue(note);

    /// <summary>Takes everything left for the user.</summary>
    public IReadOnlyList<CareNote> Take(string userId)
    {
        if (!_notes.TryRemove(userId, out var queue))
        {
            return [];
        }

        return [.. queue];
    }
}
