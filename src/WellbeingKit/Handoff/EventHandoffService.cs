using Microsoft.Extensions.Logging;

namespace WellbeingKit.Handoff;

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
    public async ValueTask<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default)
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
