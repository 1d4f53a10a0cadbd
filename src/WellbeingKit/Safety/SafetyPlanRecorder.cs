using Microsoft.Extensions.Options;
using WellbeingKit.Events;
using WellbeingKit.Resilience;

namespace WellbeingKit.Safety;

/// <summary>Writes the sections of safety plans the user wrote to <see cref="ISafetyPlanStore"/>, bounded by <see cref="WellbeingKitOptions.StoreTimeout"/>.</summary>
internal sealed class SafetyPlanRecorder(ISafetyPlanStore store, IOptions<WellbeingKitOptions> options, TimeProvider time) : ITurnEventListener
{
    /// <inheritdoc />
    public async ValueTask<TurnEvent?> HandleAsync(TurnEvent turnEvent, CancellationToken cancellationToken)
    {
        if (turnEvent is SafetyPlanSectionWritten written)
        {
            await Deadline.RunAsync(
                "The safety plan store",
                options.Value.StoreTimeout,
                time,
                token => store.SetSafetyPlanSectionAsync(written.UserId, written.Section, written.Items, written.At, token),
                cancellationToken).ConfigureAwait(false);
        }

        return null;
    }
}
