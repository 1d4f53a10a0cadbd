namespace WellbeingKit;

/// <summary>Shortcuts for <see cref="IWellbeingKit"/>.</summary>
public static class WellbeingKitExtensions
{
    /// <summary>Handles one user message.</summary>
    /// <param name="kit">The kit.</param>
    /// <param name="userId">The user's id.</param>
    /// <param name="text">What the user wrote.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>The reply.</returns>
    public static Task<Reply> HandleAsync(this IWellbeingKit kit, string userId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kit);
        return kit.HandleAsync(new UserMessage(userId, text), cancellationToken);
    }
}
