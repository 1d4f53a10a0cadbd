namespace WellbeingKit.Content;

/// <summary>A helpline (<c>helplines/*.yaml</c>). Helplines are facts: each names its source.</summary>
public sealed record Helpline
{
    /// <summary>The country code used for the international fallback.</summary>
    public const string International = "*";

    /// <summary>ISO 3166-1 alpha-2 country code (for example <c>US</c>), or <c>*</c> for international.</summary>
    public required string Country { get; init; }

    /// <summary>The organisation or service name.</summary>
    public required string Name { get; init; }

    /// <summary>The phone number to call, as dialled in the country.</summary>
    public string? Phone { get; init; }

    /// <summary>A number or short code for text messages.</summary>
    public string? Sms { get; init; }

    /// <summary>A web address (chat or directory).</summary>
    public string? Url { get; init; }

    /// <summary>Opening hours (for example <c>24/7</c>).</summary>
    public string? Hours { get; init; }

    /// <summary>Languages served (BCP 47 tags).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>What the line is for (for example <c>crisis</c>, <c>abuse</c>, <c>youth</c>).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>A short description for users.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Where this fact comes from (a URL or citation) and when it was checked.</summary>
    public required string Source { get; init; }

    /// <summary>When the entry was last checked against its source (<c>yyyy-MM</c> or <c>yyyy-MM-dd</c>); null when never.</summary>
    public string? Checked { get; init; }
}
