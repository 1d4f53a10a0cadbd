namespace WellbeingKit.Channels.Sms;

/// <summary>
/// What the SMS channel keeps per person, by user id (a pseudonym, never a number): the opt-out (suppression) list, the
/// numbered options of the last question, the rest of a reply cut to the part budget, and the gateway message ids handled.
/// The default keeps it in memory; a host should keep it durably (the humanitarian sample uses SQLite).
/// </summary>
public interface ISmsChannelStore
{
    /// <summary>Whether the person opted out.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when nothing may be sent to them.</returns>
    ValueTask<bool> IsSuppressedAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Records an opt-out (<paramref name="suppressed"/> true) or an opt-in (false).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="suppressed">Whether to suppress.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once it is stored durably.</returns>
    ValueTask SetSuppressedAsync(string userId, bool suppressed, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The values of the numbered options last sent (option 1 first), or empty.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The option values.</returns>
    ValueTask<IReadOnlyList<string>> GetOptionsAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Replaces the numbered options and the rest of the last reply.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="options">The option values, option 1 first.</param>
    /// <param name="rest">The rest of a reply cut to the budget, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once it is stored.</returns>
    ValueTask SetPendingAsync(string userId, IReadOnlyList<string> options, string? rest, CancellationToken cancellationToken);

    /// <summary>Takes (and forgets) the rest of the last reply.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rest, or null.</returns>
    ValueTask<string?> TakeRestAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Records that a gateway message was answered; false when it already was (a duplicate delivery).</summary>
    /// <param name="messageKey">The gateway's name and message id.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True the first time.</returns>
    ValueTask<bool> TryMarkAnsweredAsync(string messageKey, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Whether a gateway message was already answered.</summary>
    /// <param name="messageKey">The gateway's name and message id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when it was.</returns>
    ValueTask<bool> WasAnsweredAsync(string messageKey, CancellationToken cancellationToken);
}
