using Microsoft.Extensions.Logging;

namespace WellbeingKit.Handoff;

/// <summary>Receives hand-off requests: implement it to connect your counsellors' queue, and register it with <c>AddHandoffHandler</c>.</summary>
public interface IHandoffHandler
{
    /// <summary>Handles a request for a person.</summary>
    /// <param name="request">Who asks, in which language and country, at which risk level (never message text).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether a person is coming: <see cref="HandoffStatus.Queued"/>, <see cref="HandoffStatus.Accepted"/> or <see cref="HandoffStatus.Unavailable"/>.</returns>
    Task<HandoffResult> HandleAsync(HandoffRequest request, CancellationToken cancellationToken = default);
}

/// <summary>The data of <see cref="EventHandoffService.HandoffRequested"/>.</summary>
public sealed class HandoffRequestedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="request">The request.</param>
    public HandoffRequestedEventArgs(HandoffRequest request)
    {
        Request = request;
    }

    /// <summary>The request.</summary>
    public HandoffRequest Request { get; }

    /// <summary>
    /// What the subscriber answers. Left null, a subscriber that received the request counts as <see cref="HandoffStatus.Queued"/>;
    /// set it to <see cref="HandoffStatus.Unavailable"/> when no one can come (out of hours, for example).
    /// </summary>
    public HandoffResult? Result { get; set; }
}

/// <summary>
/// The default <see cref="IHandoffService"/>: raises <see cref="HandoffRequested"/> and asks every registered
/// <see cref="IHandoffHandler"/>. With no subscriber and no handler it answers <see cref="HandoffStatus.Unavailable"/>, so the
/// reply says honestly that no person is available now and points to the helplines.
/// </summary>
public sealed partial class EventHandoffService : IHandoffService
{
    private readonly IHandoffHandler[] _handlers;
    private readonly ILogger<EventHandoffService> _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="handlers">The registered handlers, asked in order until one can help.</param>
    /// <param name="logger">The logger (no message text is ever logged).</param>
    public EventHandoffService(IEnumerable<IHandoffHandler> handlers, ILogger<EventHandoffService> logger)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _handlers = [.. handlers];
        _logger = logger;
    }

    /// <summary>Raised for every hand-off request. Subscribe in the host to alert a person; set <see cref="HandoffRequestedEventArgs.Result"/> to answer.</summary>
    public event EventHandler<HandoffRequestedEventArgs>? HandoffRequested;

    /// <inheritdoc />
    public async Task<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var best = new HandoffResult(HandoffStatus.Unavailable);
        var subscribers = HandoffRequested;
        if (subscribers is not null)
        {
            foreach (var subscriber in subscribers.GetInvocationList().Cast<EventHandler<HandoffRequestedEventArgs>>())
            {
                var args = new HandoffRequestedEventArgs(request);
                try
                {
                    subscriber(this, args);
                    best = Better(best, args.Result ?? new HandoffResult(HandoffStatus.Queued));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(_logger, "event subscriber", e.GetType().Name);
                }
            }
        }

        foreach (var handler in _handlers)
        {
            try
            {
                best = Better(best, await handler.HandleAsync(request, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(_logger, handler.GetType().Name, e.GetType().Name);
            }

            if (best.Status == HandoffStatus.Accepted)
            {
                break;
            }
        }

        return best;
    }

    private static HandoffResult Better(HandoffResult current, HandoffResult candidate) =>
        candidate.Status > current.Status ? candidate : current;

    [LoggerMessage(Level = LogLevel.Error, Message = "Hand-off {Handler} failed with {ExceptionType}; it counts as unavailable.")]
    private static partial void LogFailed(ILogger logger, string handler, string exceptionType);
}
