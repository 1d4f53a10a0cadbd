using Microsoft.AspNetCore.Http;

namespace WellbeingKit.Channels.Sms;

/// <summary>
/// A gateway request that cannot be handled: a missing field, a wrong signature, a body that is not what the gateway sends.
/// The endpoint answers it with <see cref="StatusCode"/> and a problem detail naming what was wrong; nothing is stored.
/// </summary>
public sealed class SmsRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SmsRequestException()
        : this(StatusCodes.Status400BadRequest, "Bad SMS request", "The request is not an SMS this endpoint understands.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong.</param>
    public SmsRequestException(string message)
        : this(StatusCodes.Status400BadRequest, "Bad SMS request", message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SmsRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = StatusCodes.Status400BadRequest;
        Title = "Bad SMS request";
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status to answer with (400, 401, 403, 415).</param>
    /// <param name="title">A short title.</param>
    /// <param name="message">What was wrong, naming the field or header.</param>
    public SmsRequestException(int statusCode, string title, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Title = title;
    }

    /// <summary>The HTTP status to answer with.</summary>
    public int StatusCode { get; }

    /// <summary>A short title for the problem detail.</summary>
    public string Title { get; }

    internal static SmsRequestException MissingText(string gateway, string field) => new(
        StatusCodes.Status400BadRequest,
        "The message text is missing",
        $"The {gateway} request has no '{field}' field, or it is empty: there is no message text to screen, so the request is refused and nothing was stored. Check the gateway's webhook settings.");

    internal static SmsRequestException Missing(string gateway, string field, string what) => new(
        StatusCodes.Status400BadRequest,
        $"The {what} is missing",
        $"The {gateway} request has no '{field}' field ({what}); nothing was stored.");

    internal static SmsRequestException BadSignature(string gateway, string detail) => new(
        StatusCodes.Status403Forbidden, "The signature does not match", $"{gateway}: {detail} The request was not handled.");
}
