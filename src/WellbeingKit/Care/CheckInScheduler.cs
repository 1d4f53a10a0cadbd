using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Resilience;

namespace WellbeingKit.Care;

/// <summary>
/// Sends the check-ins users asked for. Every <see cref="CareOptions.PollInterval"/> (on the injected
/// <see cref="TimeProvider"/>) it claims the due check-ins in the store (so that with several hosts each is claimed by
/// one), builds each opening message (with the practice follow-up when there is one) and hands it to the host's
/// <see cref="IOutboundChannel"/>, then moves the user's next check-in on. A check-in found in the user's quiet hours or
/// later than <see cref="CareOptions.LateLimit"/> is skipped to the next chosen time. Delivery is at least once: a host
/// that dies mid-send leaves its claim to run out, and another host sends the check-in again with the same dedupe key.
/// </summary>
public sealed partial class CheckInScheduler : BackgroundService
{
    private readonly CareRecords _records;
    private readonly IConversationStore _conversations;
    private readonly IOutboundChannel _channel;
    private readonly IOptions<CareOptions> _options;
    private readonly IOptions<WellbeingKitOptions> _kitOptions;
    private readonly TimeProvider _time;
    private readonly ILogger<CheckInScheduler> _logger;
    private readonly IContentSource? _content;

    internal CheckInScheduler(
        CareRecords records,
        IConversationStore conversations,
        IOutboundChannel channel,
        IOptions<CareOptions> options,
        IOptions<WellbeingKitOptions> kitOptions,
        TimeProvider time,
        ILogger<CheckInScheduler> logger,
        IContentSource? content)
    {
        _records = records;
        _conversations = conversations;
        _channel = channel;
        _options = options;
        _kitOptions = kitOptions;
        _time = time;
        _logger = logger;
        _content = content;
    }

    /// <summary>
    /// Claims and sends the check-ins due now, once. Hosts that do not run hosted services can call this on their own timer.
    /// </summary>
    /// <param name="cancellationToken">Cancels the run (claims already taken run out and are sent by the next run).</param>
    /// <returns>How many check-ins were handed to the channel.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var options = _options.Value;
        var now = _time.GetUtcNow();
        var claims = await Deadline.RunAsync(
            "The care store",
            _kitOptions.Value.StoreTimeout,
            _time,
            token => _records.Store.ClaimDueAsync(now, options.HostId, options.ClaimLease, options.BatchSize, token),
            cancellationToken).ConfigureAwait(false);
        var sent = 0;
        foreach (var claim in claims)
        {
            try
            {
                sent += await SendAsync(claim, now, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // The claim is kept until its lease runs out, then the check-in is tried again (same dedupe key).
                LogSendFailed(_logger, e.GetType().Name);
            }
        }

        return sent;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogRunFailed(_logger, e.GetType().Name);
            }

            try
            {
                await Task.Delay(_options.Value.PollInterval, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<bool> SendAsync(CheckInClaim claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = await _records.GetAsync(claim.UserId, cancellationToken).ConfigureAwait(false);
        if (record is null || record.NextDueAt != claim.DueAt)
        {
            // Erased, or the user changed their check-ins since the claim: nothing to send for this due time.
            await ReleaseAsync(claim, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var preferences = CheckInChanges.AsOf(record.Preferences, now);
        var send = preferences.Status == CheckInStatus.Active
            && now - claim.DueAt <= _options.Value.LateLimit
            && !CheckInSchedule.IsQuiet(preferences, now)
            && !record.Sent.Any(s => s.DedupeKey == claim.DedupeKey);
        if (send)
        {
            var options = _kitOptions.Value;
            var state = await Deadline.RunAsync("The conversation store", options.StoreTimeout, _time, token => _conversations.GetAsync(claim.UserId, token), cancellationToken).ConfigureAwait(false);
            var locale = state?.Locale ?? record.Locale ?? options.DefaultLocale;
            var pack = await CarePack.TryGetAsync(_content, options.StoreTimeout, _time, _logger, cancellationToken).ConfigureAwait(false);
            var message = CheckInMessage.Build(pack, locale, state?.Country ?? record.Country ?? options.DefaultCountry, record, claim.DueAt);
            await _channel.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            LogSkipped(_logger, preferences.Status);
        }

        await _records.UpdateAsync(
            claim.UserId,
            r =>
            {
                if (r.NextDueAt != claim.DueAt)
                {
                    return null;
                }

                var current = CheckInChanges.AsOf(r.Preferences, now);
                var next = r with { Preferences = current, NextDueAt = CheckInSchedule.NextDue(current, Later(now, claim.DueAt)) };
                return !send ? next : next.WithSent(new SentCheckIn(claim.DueAt, now, claim.DedupeKey)) with
                {
                    Practice = CheckInMessage.PendingPractice(r) is { } practice ? practice with { AskedAt = now } : r.Practice,
                };
            },
            cancellationToken).ConfigureAwait(false);
        await ReleaseAsync(claim, cancellationToken).ConfigureAwait(false);
        return send;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private Task ReleaseAsync(CheckInClaim claim, CancellationToken cancellationToken) =>
        Deadline.RunAsync("The care store", _kitOptions.Value.StoreTimeout, _time, token => _records.Store.ReleaseAsync(claim, token), cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "A check-in could not be sent ({ExceptionType}); it is tried again when its claim runs out.")]
    private static partial void LogSendFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for due check-ins failed ({ExceptionType}); trying again at the next poll.")]
    private static partial void LogRunFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "A due check-in was skipped to the next chosen time (status {Status}, quiet hours or too late).")]
    private static partial void LogSkipped(ILogger logger, CheckInStatus status);
}
