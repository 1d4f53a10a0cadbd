using System.ComponentModel.DataAnnotations;
using WellbeingKit.Risk;

namespace WellbeingKit;

/// <summary>Options of the kit, set with <c>services.AddWellbeingKit(o => ...)</c> and validated at start-up.</summary>
public sealed class WellbeingKitOptions
{
    /// <summary>
    /// The level at or above which the safety flow takes over (default <see cref="RiskLevel.Moderate"/>: a clear signal
    /// gets a gentle safety check; measured recall and false alarms at each level are in the README).
    /// Allowed: <see cref="RiskLevel.Low"/> to <see cref="RiskLevel.High"/>; the crisis path cannot be switched off.
    /// </summary>
    [Range((int)RiskLevel.Low, (int)RiskLevel.High, ErrorMessage = "EscalationThreshold must be Low, Moderate or High: the crisis path cannot be switched off.")]
    public RiskLevel EscalationThreshold { get; set; } = RiskLevel.Moderate;

    /// <summary>The locale for users whose locale is unknown (default <c>en</c>).</summary>
    [Required]
    [RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", ErrorMessage = "DefaultLocale must be a BCP 47 tag such as 'en' or 'es-MX'.")]
    public string DefaultLocale { get; set; } = "en";

    /// <summary>The country for users whose country is unknown (ISO 3166-1 alpha-2); null shows the international helplines.</summary>
    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "DefaultCountry must be an ISO 3166-1 alpha-2 code such as 'US'.")]
    public string? DefaultCountry { get; set; }

    /// <summary>
    /// How long one risk detector (or the emotion classifier) may take before it counts as failed: a detector that fails
    /// means "escalate", a classifier that fails means "neutral". Measured on the injected <see cref="TimeProvider"/>;
    /// a detector that blocks its thread is timed out too. Default 2 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "DetectorTimeout must be between 10 ms and 1 minute.")]
    public TimeSpan DetectorTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long one call to the conversation store, the user data store, the audit log or the content source may take,
    /// and how long a turn waits for the previous turn of the same user, before it counts as failed. A crisis message is
    /// still answered (with the safety response, unsaved); another message fails with a <see cref="TimeoutException"/>.
    /// Default 15 seconds (longer than SQLite's default busy time-out).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "StoreTimeout must be between 10 ms and 10 minutes.")]
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long the hand-off service may take to answer before the user is told that no person is available now (and
    /// shown the helplines). The hand-off runs after the turn is saved, outside the per-user lock. Default 10 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "HandoffTimeout must be between 10 ms and 10 minutes.")]
    public TimeSpan HandoffTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many recent user messages the screening takes into account (default 6).</summary>
    [Range(0, 50)]
    public int ScreeningHistory { get; set; } = 6;

    /// <summary>How many transcript lines the conversation state keeps (default 20).</summary>
    [Range(0, 500)]
    public int TranscriptLength { get; set; } = 20;

    /// <summary>
    /// The longest message handled as a turn, in characters (default 4,000). A longer message is still screened in full (in
    /// windows of this length) and answered: with the safety response when it is a crisis, and with a request to send it in
    /// shorter parts.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>
    /// How many times a turn is tried when another writer changed the conversation (default 8). Between tries the turn waits
    /// a random pause that grows with each try (up to 1, 2, 4 ... 64 ms), so the 8 tries span at most about 0.13 s.
    /// </summary>
    [Range(1, 100)]
    public int ConcurrencyRetries { get; set; } = 8;

    /// <summary>
    /// How long after an escalation every reply keeps carrying the helplines and a "Get help now" quick reply
    /// (default 24 hours). Allowed: 1 minute to 30 days.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "HelpVisibleFor must be between 1 minute and 30 days.")]
    public TimeSpan HelpVisibleFor { get; set; } = TimeSpan.FromHours(24);
}
