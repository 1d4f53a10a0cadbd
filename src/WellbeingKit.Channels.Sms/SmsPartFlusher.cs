using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace WellbeingKit.Channels.Sms;

/// <summary>
/// Hands on the long messages whose parts stopped coming: every few seconds, a message whose first part came more than
/// <see cref="SmsChannelOptions.PartsWaitFor"/> ago is screened and answered with the parts that came; when the host stops,
/// every waiting message is (nothing is left in memory to be lost).
/// </summary>
internal sealed class SmsPartFlusher(SmsChannel channel, IOptions<SmsChannelOptions> options, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    /// <summary>Handles the long messages that have waited since <paramref name="cutoff"/> or earlier.</summary>
    public async Task FlushAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        foreach (var waiting in channel.Parts.TakeWaitingSince(cutoff))
        {
            await channel.HandleAssembledAsync(waiting, cancellationToken).ConfigureAwait(false);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await FlushAsync(DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await FlushAsync(time.GetUtcNow() - options.Value.PartsWaitFor, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync hands on what is left.
        }
    }
}
