using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Handoff;
using WellbeingKit.Resilience;
using WellbeingKit.UserData;

namespace WellbeingKit.Care;

/// <summary>
/// Care between conversations for the host: a user's check-in preferences (a settings page), their progress (an insights
/// endpoint), their consent to alerts, and a peer supporter handing a user on to a counsellor. Resolve it from the kit's
/// services. Users can do the same by typing ("start check-ins at 9", "stop check-ins", "my progress", "stop sharing").
/// </summary>
public sealed class CareService
{
    private readonly CareRecords _records;
    private readonly IUserDataStore _userData;
    private readonly IHandoffService _handoff;
    private readonly IOptions<WellbeingKitOptions> _options;
    private readonly TimeProvider _time;
    private readonly IContentSource? _content;
    private readonly ILogger<CareService> _logger;

    internal CareService(CareRecords records, IUserDataStore userData, IHandoffService handoff, IOptions<WellbeingKitOptions> options, TimeProvider time, ILogger<CareService> logger, IContentSource? content)
    {
        _logger = logger;
        _records = records;
        _userData = userData;
        _handoff = handoff;
        _options = options;
        _time = time;
        _content = content;
    }

    /// <summary>
    /// The message keys care has built-in texts for (check-ins, practice follow-up, deterioration notices, peer support),
    /// in English, Spanish, French and Arabic. A pack overrides any of them by defining the same key in
    /// <c>messages/&lt;locale&gt;.yaml</c>; <c>care.questionnaires.&lt;id&gt;.on_deterioration.message</c> in <c>pack.yaml</c>
    /// names one of these or a message of the pack.
    /// </summary>
    public static IReadOnlyCollection<string> BuiltInMessageKeys => CareTexts.Keys;

    /// <summary>The user's check-in preferences (check-ins are off until the user opts in).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The preferences.</returns>
    public async Task<CheckInPreferences> GetPreferencesAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return (await _records.GetAsync(userId, cancellationToken).ConfigureAwait(false))?.Preferences ?? new CheckInPreferences();
    }

    /// <summary>Saves the user's check-in preferences, unless they are invalid.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="preferences">The preferences the user chose.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The problems (each naming the field); empty when the preferences were saved.</returns>
    public async Task<IReadOnlyList<string>> SetPreferencesAsync(string userId, CheckInPreferences preferences, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(preferences);
        var problems = preferences.Validate();
        if (problems.Count == 0)
        {
            var now = _time.GetUtcNow();
            await _records.UpdateAsync(userId, r => CheckInChanges.Apply(r, preferences, now), cancellationToken).ConfigureAwait(false);
        }

        return problems;
    }

    /// <summary>Records (or withdraws) the user's consent to alerts with their scores (never text) going to the counsellor.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="consent">True when the user agreed; false when they withdrew.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the consent is stored.</returns>
    public async Task SetAlertConsentAsync(string userId, bool consent, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var now = _time.GetUtcNow();
        await _records.UpdateAsync(
            userId,
            r => r with
            {
                ConsentAsked = true,
                Consent = consent ? (r.Consent is { Holds: true } ? r.Consent : new AlertConsent(now)) : (r.Consent is { Holds: true } c ? c with { RevokedAt = now } : r.Consent),
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The user's progress: mood by week, questionnaire scores with bands, exercises and ratings, journal themes (labels only).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="locale">The locale of the labels; null for the kit's default locale.</param>
    /// <param name="weeks">How many weeks of mood (default 8).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The insights.</returns>
    public async Task<CareInsights> GetInsightsAsync(string userId, string? locale = null, int weeks = 8, CancellationToken cancellationToken = default) =>
        (await InsightsAsync(userId, locale, weeks, cancellationToken).ConfigureAwait(false)).Insights;

    /// <summary>
    /// The user's mood week by week as an accessible SVG image, in the words of the content pack (what the web chat's
    /// <c>insights/mood.svg</c> serves): a titled image (<c>role="img"</c>), one labelled point per week with a check-in, a
    /// text description of every week for screen readers, read from the right in right-to-left locales; colours come from
    /// CSS (<c>currentColor</c> and the <c>wk-chart-*</c> classes).
    /// </summary>
    /// <param name="userId">The user.</param>
    /// <param name="locale">The locale of the labels; null for the kit's default locale.</param>
    /// <param name="weeks">How many weeks of mood (default 8).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The SVG document.</returns>
    public async Task<string> GetMoodChartSvgAsync(string userId, string? locale = null, int weeks = 8, CancellationToken cancellationToken = default)
    {
        var (insights, pack) = await InsightsAsync(userId, locale, weeks, cancellationToken).ConfigureAwait(false);
        return MoodChartSvg.Render(insights, pack);
    }

    private async Task<(CareInsights Insights, ContentPack? Pack)> InsightsAsync(string userId, string? locale, int weeks, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weeks, 104);
        var data = await _userData.ExportAsync(userId, cancellationToken).ConfigureAwait(false);
        var record = await _records.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        var pack = await CarePack.TryGetAsync(_content, _options.Value.StoreTimeout, _time, _logger, cancellationToken).ConfigureAwait(false);
        var zone = CheckInSchedule.FindTimeZone(record?.Preferences.TimeZone ?? data.Conversation?.Variables.GetValueOrDefault("timezone"));
        var chosen = Locales.Normalize(locale) ?? data.Conversation?.Locale ?? _options.Value.DefaultLocale;
        return (InsightsBuilder.Build(data, pack, chosen, zone, _time.GetUtcNow(), weeks), pack);
    }

    /// <summary>A peer supporter hands the user on to a counsellor (through the hand-off service).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="peerId">The peer supporter handing on.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether a counsellor is coming.</returns>
    public Task<HandoffResult> ReferToCounsellorAsync(string userId, string peerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(peerId);
        var request = new HandoffRequest { UserId = userId, To = "counsellor", PeerId = peerId, At = _time.GetUtcNow() };
        return Deadline.RunAsync("The hand-off service", _options.Value.HandoffTimeout, _time, token => _handoff.RequestAsync(request, token).AsTask(), cancellationToken);
    }
}
