namespace WellbeingKit.Handoff;

/// <summary>Receives hand-off requests: implement it to connect your counsellors' queue, and register it with <c>AddHandoffHandler</c>.</summary>
public interface IHandoffHandler
{
    /// <summary>Handles a request for a person.</summary>
    /// <param name="request">Who asks, in which language and country, at which risk level (never message text).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether a person is coming: <see cref="HandoffStatus.Queued"/>, <see cref="HandoffStatus.Accepted"/> or <see cref="HandoffStatus.Unavailable"/>.</returns>
    ValueTask<HandoffResult> HandleAsync(HandoffRequest request, CancellationToken cancellationToken = default);
}
