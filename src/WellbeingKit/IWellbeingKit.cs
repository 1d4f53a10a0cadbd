namespace WellbeingKit;

/// <summary>The kit's entry point: hand it a user's message, get back a safe, useful reply.</summary>
public interface IWellbeingKit
{
    /// <summary>Handles one user message: screens it, advances the conversation, stores the state and returns the reply.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>The reply.</returns>
    Task<Reply> HandleAsync(UserMessage message, CancellationToken cancellationToken = default);
}
