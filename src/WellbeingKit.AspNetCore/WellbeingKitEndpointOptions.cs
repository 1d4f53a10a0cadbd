using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace WellbeingKit.AspNetCore;

/// <summary>
/// Options of the HTTP endpoints mapped by <c>app.MapWellbeingKit(prefix)</c>, set with
/// <c>services.AddWellbeingKitEndpoints(o => ...)</c> and validated at start-up.
/// </summary>
public sealed class WellbeingKitEndpointOptions
{
    /// <summary>
    /// Returns the id of the user making the request, or null when there is none (the request then gets 401).
    /// The user id never comes from a route or a body: only from this resolver, so one user cannot read another's data.
    /// The default takes the <c>sub</c> claim, else the <see cref="ClaimTypes.NameIdentifier"/> claim, of an authenticated user.
    /// </summary>
    [Required]
    public Func<HttpContext, string?> UserIdResolver { get; set; } = DefaultUserIdResolver;

    /// <summary>
    /// Returns the id of the user making the request asynchronously (a pseudonym looked up in a database, say), or null when
    /// there is none. When set it is used instead of <see cref="UserIdResolver"/>; null (the default) uses that one.
    /// </summary>
    public Func<HttpContext, ValueTask<string?>>? AsyncUserIdResolver { get; set; }

    /// <summary>
    /// Says where the user is (for example <c>workplace</c>) when the message itself does not; null by default.
    /// A workplace host sets it so exercise selection leaves out what needs privacy.
    /// </summary>
    public Func<HttpContext, string?>? ContextResolver { get; set; }

    /// <summary>
    /// The authorization policy every kit endpoint requires (null: none besides a resolved user id).
    /// Hosts can also add their own requirements on the route group that <c>MapWellbeingKit</c> returns.
    /// </summary>
    public string? AuthorizationPolicy { get; set; }

    /// <summary>The longest message accepted, in characters (default 4,000); longer ones get a 400 problem.</summary>
    [Range(1, 100_000, ErrorMessage = "MaxMessageLength must be between 1 and 100,000 characters.")]
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>True (the default) to limit each user's request rate; the limit is per resolved user id.</summary>
    public bool RateLimitEnabled { get; set; } = true;

    /// <summary>
    /// How many requests one user may make per <see cref="RateLimitWindow"/> (default 60: generous for a person typing,
    /// low enough to stop a script). A limited request gets 429 problem details that still carry the safety line and helplines.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "RateLimitPermits must be between 1 and 100,000.")]
    public int RateLimitPermits { get; set; } = 60;

    /// <summary>The window of <see cref="RateLimitPermits"/> (default one minute, sliding in six segments).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "RateLimitWindow must be between 1 second and 1 day.")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>True (the default) to serve the web chat page at <c>{prefix}/chat</c>.</summary>
    public bool ChatPageEnabled { get; set; } = true;

    /// <summary>
    /// Where the page's "Exit this page" button (and pressing Shift three times) goes: a neutral page that gives nothing
    /// away. Default BBC Weather, as GOV.UK's "Exit this page" does. Must be an absolute http(s) address.
    /// </summary>
    [Required]
    [RegularExpression("^https?://[^\\s\"<>]+$", ErrorMessage = "QuickExitUrl must be an absolute http(s) address, such as https://www.bbc.co.uk/weather.")]
    public string QuickExitUrl { get; set; } = "https://www.bbc.co.uk/weather";

    /// <summary>
    /// How long the page waits for a reply before it treats the network as gone and shows the helplines with the typed text
    /// kept (default 10 seconds).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00", ErrorMessage = "SendTimeout must be between 1 second and 2 minutes.")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The line added to every rate-limit and server-error response, so that a person in danger is never left with only an error.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "SafetyLine must not be empty: every error a user can see carries it.")]
    public string SafetyLine { get; set; } =
        "If you are in danger or thinking about ending your life, call your local emergency number now, or one of the helplines listed here.";

    /// <summary>The user of <paramref name="context"/>: <see cref="AsyncUserIdResolver"/> when set, else <see cref="UserIdResolver"/>.</summary>
    internal ValueTask<string?> ResolveUserIdAsync(HttpContext context) =>
        AsyncUserIdResolver is { } resolve ? resolve(context) : ValueTask.FromResult(UserIdResolver(context));

    /// <summary>The default resolver: the <c>sub</c> or name-identifier claim of an authenticated user.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The user id, or null.</returns>
    public static string? DefaultUserIdResolver(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        return string.IsNullOrWhiteSpace(id) ? null : id;
    }
}
