using Microsoft.Extensions.Logging;

namespace WellbeingKit.Events;

/// <summary>
/// Hands the events of a saved turn to every listener, in the order they were raised and, for each event, in the order the
/// listeners were registered. A follow-up event a listener returns (the hand-off answer) is dispatched after the event
/// that caused it and returned to the engine, which turns it into messages. One listener failing stops neither the others
/// nor the reply; only the caller's cancellation ends the dispatch.
/// </summary>
/// <remarks>Thread-safe (it keeps no state of its own). The engine calls it once per turn, after the save, outside the per-user lock.</remarks>
internal sealed partial class TurnEventDispatcher
{
    private readonly ITurnEventListener[] _listeners;
    private readonly ILogger _logger;

    /// <summary>Creates the dispatcher.</summary>
    /// <param name="listeners">The listeners, in the order they hear each event.</param>
    /// <param name="logger">The logger (only exception types are logged, never event data).</param>
    public TurnEventDispatcher(IEnumerable<ITurnEventListener> listeners, ILogger<TurnEventDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(listeners);
        _listeners = [.. listeners];
        _logger = logger;
    }

    /// <summary>How deep follow-ups may cause follow-ups (a guard against two listeners answering each other forever).</summary>
    private const int MaxDepth = 4;

    /// <summary>Dispatches <paramref name="events"/> and the follow-ups they cause.</summary>
    /// <param name="events">The turn's events, in the order they were raised.</param>
    /// <param name="cancellationToken">The caller's token; nothing else stops the dispatch.</param>
    /// <returns>The follow-up events the listeners returned, in order (empty for most turns).</returns>
    public async Task<IReadOnlyList<TurnEvent>> DispatchAsync(IReadOnlyList<TurnEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var followUps = new List<TurnEvent>();
        foreach (var turnEvent in events)
        {
            await DispatchAsync(turnEvent, followUps, depth: 0, cancellationToken).ConfigureAwait(false);
        }

        return followUps;
    }

    /// <summary>Hands one event to every listener, then dispatches the follow-ups it caused, before the next event.</summary>
    private async Task DispatchAsync(TurnEvent turnEvent, List<TurnEvent> followUps, int depth, CancellationToken cancellationToken)
    {
        var first = followUps.Count;
        foreach (var listener in _listeners)
        {
            try
            {
                if (await listener.HandleAsync(turnEvent, cancellationToken).ConfigureAwait(false) is { } followUp)
                {
                    followUps.Add(followUp);
                }
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogListenerFailed(_logger, listener.GetType().Name, turnEvent.GetType().Name, e.GetType().Name);
            }
        }

        var last = followUps.Count;
        if (depth >= MaxDepth && last > first)
        {
            LogTooDeep(_logger, turnEvent.GetType().Name);
            return;
        }

        for (var i = first; i < last; i++)
        {
            await DispatchAsync(followUps[i], followUps, depth + 1, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The listener {Listener} failed on {Event} with {ExceptionType}; the other listeners and the reply go on.")]
    private static partial void LogListenerFailed(ILogger logger, string listener, string @event, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Follow-up events of {Event} kept causing follow-ups; the chain was cut.")]
    private static partial void LogTooDeep(ILogger logger, string @event);
}
