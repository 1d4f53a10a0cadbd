namespace WellbeingKit.Events;

/// <summary>
/// Hears the events of saved turns (user data, audit, hand-off, telemetry; register more with
/// <c>services.TryAddEnumerable(ServiceDescriptor.Singleton&lt;ITurnEventListener, T&gt;())</c>). A listener reacts to the
/// events it knows and ignores the others; it bounds its own calls to dependencies with <c>Deadline.RunAsync</c>.
/// </summary>
/// <remarks>
/// Listeners are singletons called concurrently for different users: they must be thread-safe. A listener that throws
/// is logged and skipped; the other listeners and the reply go on.
/// </remarks>
internal interface ITurnEventListener
{
    /// <summary>Handles one event.</summary>
    /// <param name="turnEvent">The event.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>A follow-up event to dispatch after this one (the hand-off answer), or null.</returns>
    ValueTask<TurnEvent?> HandleAsync(TurnEvent turnEvent, CancellationToken cancellationToken);
}
