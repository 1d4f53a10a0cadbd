using System.ComponentModel.DataAnnotations;

namespace WellbeingKit.Care;

/// <summary>Options of care between conversations (check-ins, noticing deterioration), validated at start-up.</summary>
public sealed class CareOptions
{
    /// <summary>This host's name in check-in claims (default: machine name and a random suffix, unique per process).</summary>
    [Required]
    public string HostId { get; set; } = Environment.MachineName + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>How often the scheduler looks for due check-ins (default 1 minute).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "PollInterval must be between 1 second and 1 hour.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a host holds a claimed check-in before another host may take it (default 2 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "ClaimLease must be between 5 seconds and 1 hour.")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many check-ins one host claims at a time (default 50).</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How late a check-in may still be sent (default 3 hours): one found later (the hosts were down) is skipped to the next
    /// chosen time rather than sent at an unexpected hour.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "LateLimit must be between 1 minute and 1 day.")]
    public TimeSpan LateLimit { get; set; } = TimeSpan.FromHours(3);

    /// <summary>How long "pause check-ins" pauses them (default 7 days).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "90.00:00:00", ErrorMessage = "PauseFor must be between 1 and 90 days.")]
    public TimeSpan PauseFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The window a falling mood trend is looked for in (default 14 days).</summary>
    [Range(typeof(TimeSpan), "3.00:00:00", "90.00:00:00", ErrorMessage = "MoodWindow must be between 3 and 90 days.")]
    public TimeSpan MoodWindow { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The fewest mood check-ins in the window that make a trend (default 4).</summary>
    [Range(3, 100)]
    public int MoodMinimumEntries { get; set; } = 4;

    /// <summary>How far mood must fall over the window, in points of the 1-5 scale, to be noticed (default 1).</summary>
    [Range(0.5, 4.0)]
    public double MoodMinimumFall { get; set; } = 1.0;

    /// <summary>
    /// True when the programme has a counsellor who can receive alerts: a user whose scores got worse is then asked, once,
    /// whether they agree to an alert (scores only) going to the hand-off service. Default false: nothing leaves the kit.
    /// </summary>
    public bool CounsellorAlerts { get; set; }
}
