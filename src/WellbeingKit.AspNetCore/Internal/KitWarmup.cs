using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Conversations;
using WellbeingKit.UserData;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// Warms the host up once at start: runs a few ordinary turns of a throw-away user through the kit and serialises their
/// replies as the endpoint does (which compiles the turn's code), then erases that user. The kit's own start-up check
/// (options, content pack, stores, detectors' data) runs before the first of those turns, if the host has not run it already. Until it has finished, <see cref="KitReadinessCheck"/> reports the host as not ready.
/// A failure (a store that is down) is logged and retried every few seconds.
/// </summary>
internal sealed partial class KitWarmup(IServiceProvider services, TimeProvider time, ILogger<KitWarmup> logger) : BackgroundService
{
    /// <summary>The prefix of the throw-away user's id.</summary>
    public const string UserPrefix = "wellbeingkit-warmup-";

    private const int Turns = 24;
    private static readonly string[] Lines =
    [
        "hello",
        "I have had a long day and I am a little tired, but the walk home in the evening helped me think about the week ahead and what I want to do next.",
        "I feel okay today",
    ];

    private volatile string _status = "warming up: loading the content pack and models";

    public bool Ready { get; private set; }

    public string Status => _status;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var clock = Stopwatch.StartNew();
                await WarmUpAsync(stoppingToken).ConfigureAwait(false);
                _status = $"ready: content pack, models and {Turns} warm-up turns done in {clock.ElapsedMilliseconds} ms";
                Ready = true;
                LogReady(logger, clock.ElapsedMilliseconds);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _status = $"not ready: the warm-up failed ({e.GetType().Name}: {e.Message}); retrying";
                LogFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var defaultLocale = services.GetRequiredService<IOptions<WellbeingKitOptions>>().Value.DefaultLocale;
        var kit = services.GetRequiredService<IWellbeingKit>();
        var userId = UserPrefix + Guid.NewGuid().ToString("N")[..12];
        _status = "warming up: running warm-up turns";
        try
        {
            for (var i = 0; i < Turns; i++)
            {
                var reply = await kit.HandleAsync(new UserMessage(userId, Lines[i % Lines.Length]), cancellationToken).ConfigureAwait(false);
                await JsonSerializer.SerializeAsync(Stream.Null, ApiContracts.ToDto(reply, defaultLocale), ApiContracts.Write, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Nothing of the throw-away user stays behind.
            await services.GetRequiredService<IUserDataStore>().EraseAsync(userId, CancellationToken.None).ConfigureAwait(false);
            await services.GetRequiredService<IConversationStore>().DeleteAsync(userId, CancellationToken.None).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WellbeingKit is ready: the content pack, models and warm-up turns took {Milliseconds} ms.")]
    private static partial void LogReady(ILogger logger, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The WellbeingKit warm-up failed; the host stays not ready and retries in 5 seconds.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
