namespace WellbeingKit.Care;

/// <summary>A message the kit starts (a check-in), for the host's <see cref="IOutboundChannel"/> to deliver.</summary>
public sealed record OutboundMessage
{
    /// <summary>The user.</summary>
    public required string UserId { get; init; }

    /// <summary>
    /// The same for every attempt to deliver this message, on any host: deliver a key once (a host that failed mid-send
    /// makes another host send it again with the same key).
    /// </summary>
    public required string DedupeKey { get; init; }

    /// <summary>What it is: <c>checkin</c>.</summary>
    public string Kind { get; init; } = "checkin";

    /// <summary>The messages, in order.</summary>
    public IReadOnlyList<ReplyMessage> Messages { get; init; } = [];

    /// <summary>Quick replies; the chosen value comes back as the user's next message.</summary>
    public IReadOnlyList<QuickReply> QuickReplies { get; init; } = [];

    /// <summary>The user's locale.</summary>
    public string Locale { get; init; } = "en";

    /// <summary>The text direction of <see cref="Locale"/>: <c>ltr</c> or <c>rtl</c>.</summary>
    public string Direction { get; init; } = "ltr";

    /// <summary>The user's country, when known.</summary>
    public string? Country { get; init; }

    /// <summary>When the message was due.</summary>
    public DateTimeOffset DueAt { get; init; }
}
