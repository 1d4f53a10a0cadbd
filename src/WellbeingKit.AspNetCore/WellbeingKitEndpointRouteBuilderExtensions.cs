using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WellbeingKit.AspNetCore;
using WellbeingKit.AspNetCore.Internal;

// Extension methods live in the namespace of what they extend, as ASP.NET Core does (MapHealthChecks...).
#pragma warning disable IDE0130
namespace Microsoft.AspNetCore.Builder;
#pragma warning restore IDE0130

/// <summary>Maps the WellbeingKit endpoints and web chat.</summary>
public static class WellbeingKitEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the kit under <paramref name="prefix"/>:
    /// <c>POST {prefix}/messages</c> (send a message, get the reply),
    /// <c>GET {prefix}/conversation</c> (the user's transcript, flow and state),
    /// <c>POST {prefix}/feedback</c> (rate an exercise),
    /// <c>GET {prefix}/data/export</c> and <c>DELETE {prefix}/data</c> (the user's data),
    /// and the web chat at <c>GET {prefix}/chat</c> (with <c>POST {prefix}/chat</c> and <c>POST {prefix}/chat/erase</c>, its
    /// forms for browsers without JavaScript, checked with an antiforgery token).
    /// The user is always the one <see cref="WellbeingKitEndpointOptions.UserIdResolver"/> returns; no route or body names a user.
    /// </summary>
    /// <param name="endpoints">The application.</param>
    /// <param name="prefix">The route prefix (default <c>/wellbeing</c>).</param>
    /// <returns>The route group, so the host can add authorization, CORS or its own filters.</returns>
    /// <exception cref="InvalidOperationException"><c>services.AddWellbeingKitEndpoints()</c> was not called.</exception>
    public static RouteGroupBuilder MapWellbeingKit(this IEndpointRouteBuilder endpoints, string prefix = "/wellbeing")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        if (endpoints.ServiceProvider.GetService<UserRateLimiter>() is null)
        {
            throw new InvalidOperationException(
                "MapWellbeingKit needs the endpoint services: call builder.Services.AddWellbeingKitEndpoints() (and AddWellbeingKit()) before mapping.");
        }

        prefix = "/" + prefix.Trim('/');
        if (prefix == "/")
        {
            prefix = "";
        }

        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<WellbeingKitEndpointOptions>>().Value;
        var group = endpoints.MapGroup(prefix);
        group.WithTags("WellbeingKit");
        if (options.AuthorizationPolicy is { Length: > 0 } policy)
        {
            group.RequireAuthorization(policy);
        }

        var api = group.MapGroup("").AddEndpointFilter<UserEndpointFilter>();
        api.MapPost("/messages", KitEndpoints.SendMessageAsync).WithName("WellbeingKit.SendMessage");
        api.MapGet("/conversation", KitEndpoints.GetConversationAsync).WithName("WellbeingKit.GetConversation");
        api.MapPost("/feedback", KitEndpoints.SubmitFeedbackAsync).WithName("WellbeingKit.SubmitFeedback");
        api.MapGet("/data/export", KitEndpoints.ExportAsync).WithName("WellbeingKit.ExportData");
        api.MapDelete("/data", KitEndpoints.EraseAsync).WithName("WellbeingKit.EraseData");
        api.MapGet("/insights", InsightsEndpoints.GetAsync).WithName("WellbeingKit.GetInsights");
        api.MapGet("/insights/mood.svg", InsightsEndpoints.MoodChartAsync).WithName("WellbeingKit.GetMoodChart");

        if (options.ChatPageEnabled)
        {
            var page = prefix;
            group.MapGet("/chat", (HttpContext http, ChatPage chat) => chat.PageAsync(http, page)).WithName("WellbeingKit.Chat");
            api.MapPost("/chat", (HttpContext http, ChatPage chat) => chat.PostAsync(http, page)).WithName("WellbeingKit.ChatForm").DisableAntiforgery();
            api.MapPost("/chat/erase", (HttpContext http, ChatPage chat) => chat.EraseAsync(http, page)).WithName("WellbeingKit.ChatErase").DisableAntiforgery();
            group.MapGet("/chat/strings", (HttpContext http, ChatPage chat) => chat.StringsAsync(http));
            group.MapGet("/chat/theme.css", (HttpContext http, ChatPage chat) => chat.ThemeAsync(http));
            group.MapGet("/chat/chat.css", (HttpContext http, ChatPage chat) => chat.Asset(http, "chat.css", "text/css; charset=utf-8"));
            group.MapGet("/chat/chat.js", (HttpContext http, ChatPage chat) => chat.Asset(http, "chat.js", "text/javascript; charset=utf-8"));
        }

        return group;
    }
}
