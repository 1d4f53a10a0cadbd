namespace WellbeingKit.Handoff;

/// <summary>Hands a user over to a human (a counsellor or a peer supporter). Implement this to connect your queue.</summary>
public interface IHandoffService
{
    /// <summary>Requests a hand-off.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether a human is coming.</returns>
    ValueTask<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default);
}
