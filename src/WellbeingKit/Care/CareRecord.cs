namespace WellbeingKit.Care;

/// <summary>
/// Everything care between conversations keeps about one user: their check-in preferences and when the next one is due,
/// their consent to alerts, the exercise to follow up on, the check-ins sent and the changes noticed. An
/// <see cref="ICareStore"/> keeps it as it likes (the kit's stores: one encrypted JSON blob, with <see cref="UserId"/> and
/// <see cref="NextDueAt"/> also in plain columns for the due query, and <see cref="Version"/> in its own column); it is
/// exported and erased with the user's data.
/// </summary>
public sealed record CareRecord
{
    /// <summary>How many sent check-ins and notices are kept.</summary>
    public const int HistoryKept = 60;

    /// <summary>The user.</summary>
    public required string UserId { get; init; }

    /// <summary>The version stored (0 for a new record); each save increments it.</summary>
    public long Version { get; init; }

    /// <summary>When the next check-in is due (UTC); null when none is.</summary>
    public DateTimeOffset? NextDueAt { get; init; }

    /// <summary>The user's check-in preferences.</summary>
    public CheckInPreferences Preferences { get; init; } = new();

    /// <summary>The user's locale when they last wrote (check-ins are written in it).</summary>
    public string? Locale { get; init; }

    /// <summary>The user's country when they last wrote.</summary>
    public string? Country { get; init; }

    /// <summary>Consent to alerts, when the user was asked.</summary>
    public AlertConsent? Consent { get; init; }

    /// <summary>True once the user was asked for consent (so they are asked once).</summary>
    public bool ConsentAsked { get; init; }

    /// <summary>The exercise to follow up on at the next check-in.</summary>
    public PracticeFollowUp? Practice { get; init; }

    /// <summary>The check-ins sent, oldest first (the last <see cref="HistoryKept"/>).</summary>
    public IReadOnlyList<SentCheckIn> Sent { get; init; } = [];

    /// <summary>The changes for the worse noticed, oldest first (the last <see cref="HistoryKept"/>).</summary>
    public IReadOnlyList<DeteriorationNotice> Notices { get; init; } = [];

    /// <summary>This record with <paramref name="sent"/> appended (the history stays bounded).</summary>
    /// <param name="sent">The check-in sent.</param>
    /// <returns>The new record.</returns>
    public CareRecord WithSent(SentCheckIn sent) => this with { Sent = [.. Sent.TakeLast(HistoryKept - 1), sent] };

    /// <summary>This record with <paramref name="notice"/> appended (the history stays bounded).</summary>
    /// <param name="notice">The change noticed.</param>
    /// <returns>The new record.</returns>
    public CareRecord WithNotice(DeteriorationNotice notice) => this with { Notices = [.. Notices.TakeLast(HistoryKept - 1), notice] };
}
