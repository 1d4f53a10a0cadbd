using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WellbeingKit.Privacy;

/// <summary>
/// A hosted service that calls <see cref="IDataRetention.PurgeExpiredAsync"/> once at start and then every interval,
/// on the clock of the <see cref="TimeProvider"/>. A failed purge is logged and retried at the next tick.
/// </summary>
public sealed partial class RetentionService : BackgroundService
{
    private readonly IDataRetention _store;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly ILogger<RetentionService> _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="store">What to purge.</param>
    /// <param name="interval">How often.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Where failures are logged.</param>
    public RetentionService(IDataRetention store, TimeSpan interval, TimeProvider time, ILogger<RetentionService> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _store = store;
        _interval = interval;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, _time);
        do
        {
            try
            {
                var purged = await _store.PurgeExpiredAsync(stoppingToken).ConfigureAwait(false);
                if (purged > 0)
                {
                    LogPurged(_logger, purged);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(_logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge deleted {Rows} expired rows.")]
    private static partial void LogPurged(ILogger logger, int rows);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention purge failed; it is retried at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
