using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Events;
using WellbeingKit.Resilience;

namespace WellbeingKit.Handoff;

/// <summary>
/// Answers <see cref="HandoffRequested"/> by asking <see cref="IHandoffService"/>, bounded by
/// <see cref="WellbeingKitOptions.HandoffTimeout"/>, and returns the answer as <see cref="HandoffAnswered"/> (the engine
/// turns it into messages). A service that throws, hangs or cancels itself counts as unavailable: the user is told honestly.
/// </summary>
internal sealed partial class HandoffRequester(IHandoffService service, IOptions<WellbeingKitOptions> options, TimeProvider time, ILogger<HandoffRequester> logger)
    : ITurnEventListener
{
    /// <inheritdoc />
    public ValueTask<TurnEvent?> HandleAsync(TurnEvent turnEvent, CancellationToken cancellationToken) =>
        turnEvent is HandoffRequested requested ? RequestAsync(requested.Request, cancellationToken) : ValueTask.FromResult<TurnEvent?>(null);

    private async ValueTask<TurnEvent?> RequestAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        HandoffResult result;
        try
        {
            result = await Deadline.RunAsync("The hand-off service", options.Value.HandoffTimeout, time, token => service.RequestAsync(request, token).AsTask(), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e.GetType().Name);
            result = new HandoffResult(HandoffStatus.Unavailable);
        }

        return new HandoffAnswered(request, result);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The hand-off service failed with {ExceptionType}; the user is told no one is available.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
