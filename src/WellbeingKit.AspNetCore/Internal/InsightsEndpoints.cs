using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Care;
using WellbeingKit.Content;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// The user's own progress (issue 19): <c>GET {prefix}/insights</c> as JSON and <c>GET {prefix}/insights/mood.svg</c>, the
/// accessible mood chart the web chat shows. Only the signed-in user's data; never cached.
/// </summary>
internal static class InsightsEndpoints
{
    public static async Task<IResult> GetAsync(HttpContext http, [FromServices] CareService care, CancellationToken cancellationToken)
    {
        var insights = await care.GetInsightsAsync(UserEndpointFilter.UserId(http), Locale(http), cancellationToken: cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(insights, ApiContracts.Write);
    }

    public static async Task<IResult> MoodChartAsync(HttpContext http, [FromServices] CareService care, CancellationToken cancellationToken)
    {
        var svg = await care.GetMoodChartSvgAsync(UserEndpointFilter.UserId(http), Locale(http), cancellationToken: cancellationToken).ConfigureAwait(false);
        return TypedResults.Text(svg, "image/svg+xml; charset=utf-8");
    }

    private static string? Locale(HttpContext http) => http.Request.Query.TryGetValue("locale", out var locale) ? Locales.Normalize(locale.ToString()) : null;
}
