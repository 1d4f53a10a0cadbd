namespace WellbeingKit;

/// <summary>A message from a user, with what the host knows about them.</summary>
public sealed record UserMessage
{
    /// <summary>Creates a message.</summary>
    /// <param name="userId">The user's id, as the host knows it (never shown to anyone else).</param>
    /// <param name="text">What the user wrote, or the value of the quick reply they chose.</param>
    public UserMessage(string userId, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(text);
        UserId = userId;
        Text = text;
    }

    /// <summary>The user's id.</summary>
    public string UserId { get; }

    /// <summary>What the user wrote.</summary>
    public string Text { get; }

    /// <summary>
    /// The user's locale (for example <c>es</c>); null keeps the conversation's locale or the default. Written loosely
    /// (<c>EN</c>, <c>en_gb</c>) it is normalised; a value that is no locale at all is ignored with a warning in the reply.
    /// </summary>
    public string? Locale { get; init; }

    /// <summary>
    /// The user's country (ISO 3166-1 alpha-2) for helplines; null keeps the conversation's country or the default.
    /// <c>gb</c>, <c>GBR</c> and <c>UK</c> are read as <c>GB</c>; an unknown value is ignored with a warning in the reply.
    /// </summary>
    public string? Country { get; init; }

    /// <summary>Where the user is (class, workplace, shelter, commuting, home), for exercise selection.</summary>
    public string? Context { get; init; }

    /// <summary>
    /// The host's id for this message, when it has one. A message id seen before is not handled twice: the kit answers
    /// with the reply it gave the first time (helplines included), without advancing the conversation, so a retried HTTP
    /// request cannot duplicate a turn.
    /// </summary>
    public string? MessageId { get; init; }

    /// <summary>The user's time zone (IANA id such as <c>Europe/Madrid</c>) for the <c>hour</c> variable; null keeps the last one, else UTC.</summary>
    public string? TimeZone { get; init; }
}
