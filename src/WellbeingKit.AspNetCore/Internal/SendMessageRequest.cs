namespace WellbeingKit.AspNetCore.Internal;

/// <summary>The body of <c>POST {prefix}/messages</c>. There is deliberately no user id: it comes from the host.</summary>
internal sealed record SendMessageRequest
{
    public string? Text { get; init; }

    public string? Locale { get; init; }

    public string? Country { get; init; }

    public string? Context { get; init; }
}
