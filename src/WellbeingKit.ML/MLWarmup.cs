using Microsoft.Extensions.Hosting;
using WellbeingKit.Emotions;
using WellbeingKit.Risk;

namespace WellbeingKit.ML;

/// <summary>
/// Loads the ML models when the host starts, so the first user's message neither waits for them nor runs into the
/// detector time-out (which would escalate it). Registered by <c>AddMLClassifiers()</c>; hosts without the generic
/// host simply load on first use.
/// </summary>
internal sealed class MLWarmup(IEnumerable<IRiskDetector> detectors, IEmotionClassifier emotions) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var risk = detectors.OfType<MLRiskDetector>().FirstOrDefault();
        await Task.Run(
            async () =>
            {
                if (risk is not null)
                {
                    await risk.AssessAsync(new RiskScreeningRequest("hello") { Locale = "en" }, cancellationToken).ConfigureAwait(false);
                }

                await emotions.ClassifyAsync("hello", "en", cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
