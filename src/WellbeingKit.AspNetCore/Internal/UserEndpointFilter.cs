using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>Resolves the user (401 without one), applies the per-user rate limit (429) and marks the response uncacheable.</summary>
internal sealed class UserEndpointFilter : IEndpointFilter
{
    private const string UserIdKey = "WellbeingKit.UserId";

    public static string UserId(HttpContext context) =>
        context.Items[UserIdKey] as string ?? throw new InvalidOperationException("The WellbeingKit user filter did not run for this endpoint.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<WellbeingKitEndpointOptions>>().Value;
        http.Response.Headers.CacheControl = "no-store";

        var userId = await options.ResolveUserIdAsync(http).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(userId))
        {
            return Problems.Create(
                StatusCodes.Status401Unauthorized,
                "Sign-in needed",
                "No user could be identified for this request: the host's UserIdResolver returned none. Sign in and try again.");
        }

        var limiter = services.GetRequiredService<UserRateLimiter>();
        if (!limiter.TryAcquire(userId, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var safety = await services.GetRequiredService<SafetyInfo>().ExtensionsAsync(userId, country: null, http.RequestAborted).ConfigureAwait(false);
            return Problems.Create(
                StatusCodes.Status429TooManyRequests,
                "Too many messages",
                $"You sent more than {options.RateLimitPermits} requests in {options.RateLimitWindow.TotalSeconds:0} seconds. Wait {seconds} seconds and try again. {options.SafetyLine}",
                safety);
        }

        http.Items[UserIdKey] = userId;
        return await next(context).ConfigureAwait(false);
    }
}
