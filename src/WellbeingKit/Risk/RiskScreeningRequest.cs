namespace WellbeingKit.Risk;

/// <summary>What a detector screens: one message, its locale and the recent history of the conversation.</summary>
public sealed record RiskScreeningRequest
{
    /// <summary>Creates a request for <paramref name="text"/>.</summary>
    /// <param name="text">The user's message, exactly as written.</param>
    public RiskScreeningRequest(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The user's message, exactly as written.</summary>
    public string Text { get; }

    /// <summary>The user's locale (BCP 47 language tag such as <c>en</c>, <c>es</c>, <c>ar</c>); null when unknown, in which case detectors try every locale they know.</summary>
    public string? Locale { get; init; }

    /// <summary>The user's recent messages, oldest first, not including <see cref="Text"/>.</summary>
    public IReadOnlyList<string> History { get; init; } = [];
}
