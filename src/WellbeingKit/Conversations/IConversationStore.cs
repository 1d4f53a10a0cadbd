namespace WellbeingKit.Conversations;

/// <summary>Stores conversation state per user with optimistic concurrency.</summary>
public interface IConversationStore
{
    /// <summary>Reads the user's conversation.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The state, or null when the user has none.</returns>
    Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="state"/> if the stored version still equals <paramref name="state"/>'s
    /// <see cref="ConversationState.Version"/> (0 for a new conversation).
    /// </summary>
    /// <param name="state">The state to store, carrying the version it was read at.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored state with its new version, or null when another writer changed it first (read again and retry).</returns>
    Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default);

    /// <summary>Deletes the user's conversation.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>A task that completes when it is gone.</returns>
    Task DeleteAsync(string userId, CancellationToken cancellationToken = default);
}
