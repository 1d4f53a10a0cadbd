namespace WellbeingKit.Care;

/// <summary>What care between conversations keeps about a user, in a data export.</summary>
public sealed record CareDataExport
{
    /// <summary>The check-in preferences.</summary>
    public CheckInPreferences Preferences { get; init; } = new();

    /// <summary>When the next check-in is due, if any.</summary>
    public DateTimeOffset? NextDueAt { get; init; }

    /// <summary>Consent to alerts, when the user was asked.</summary>
    public AlertConsent? Consent { get; init; }

    /// <summary>The exercise to follow up on, if any.</summary>
    public PracticeFollowUp? Practice { get; init; }

    /// <summary>The check-ins sent.</summary>
    public IReadOnlyList<SentCheckIn> CheckIns { get; init; } = [];

    /// <summary>The changes for the worse noticed (scores and bands only).</summary>
    public IReadOnlyList<DeteriorationNotice> Notices { get; init; } = [];

    /// <summary>The export of <paramref name="record"/>: what a store's <see cref="UserData.IUserDataStore.ExportAsync"/> puts in <see cref="UserData.UserDataExport.Care"/>.</summary>
    /// <param name="record">The user's care record.</param>
    /// <returns>The export.</returns>
    public static CareDataExport From(CareRecord record) => new()
    {
        Preferences = record.Preferences,
        NextDueAt = record.NextDueAt,
        Consent = record.Consent,
        Practice = record.Practice,
        CheckIns = record.Sent,
        Notices = record.Notices,
    };
}
