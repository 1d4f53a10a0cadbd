using Microsoft.Extensions.Options;
using WellbeingKit.UserData;

namespace WellbeingKit.Samples.HR;

/// <summary>
/// Publishes the team dashboard once a week (not live figures): it reads the period's moods from the kit's user-data store
/// (the same rows the chat's mood check-ins and <c>POST /hr/checkin</c> write, under pseudonymous ids), maps each id to its
/// team through the directory, builds the protected figures (<see cref="TeamDashboard"/>) and stores them in <c>hr.db</c>.
/// </summary>
internal sealed partial class DashboardSnapshots(
    IUserDataStore store,
    HrDirectory directory,
    HrStore hr,
    IOptions<DashboardOptions> options,
    TimeProvider time,
    ILogger<DashboardSnapshots> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(7);

    /// <summary>Publishes the snapshot of the <see cref="Period"/> that ends now.</summary>
    public async Task<DashboardSnapshot> PublishAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var from = now - Period;
        var checkIns = new List<TeamCheckIn>();
        foreach (var (userId, team) in directory.TeamsByPseudonym())
        {
            var export = await store.ExportAsync(userId, cancellationToken);
            checkIns.AddRange(export.Moods.Where(m => m.At > from && m.At <= now).Select(m => new TeamCheckIn(userId, team, m.Mood, m.At)));
        }

        var teams = TeamDashboard.Build(checkIns, hr.LastPublished(), options.Value);
        var snapshot = hr.Publish(from, now, now, teams);
        LogPublished(logger, snapshot.Teams.Count);
        return snapshot;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await PublishAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A dashboard snapshot was published with {Teams} teams of at least k people.")]
    private static partial void LogPublished(ILogger logger, int teams);
}
