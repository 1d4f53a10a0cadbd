using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace WellbeingKit.Channels.Sms;

/// <summary>Maps the SMS channel's gateway webhooks.</summary>
public static class SmsChannelEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps one webhook per gateway at <c>{prefix}/{name}</c> (<c>/sms/twilio</c>, <c>/sms/africastalking</c>,
    /// <c>/sms/vonage</c>, <c>/sms/vonage-messages</c>, <c>/sms/json</c>). A request that fails its signature or lacks the sender, the text or the message
    /// id is answered with a problem detail (400, 403 or 415) and nothing is stored. Twilio is answered with an empty TwiML
    /// document (the reply goes out through <see cref="ISmsSender"/>), the others with a small JSON summary.
    /// </summary>
    /// <param name="endpoints">The endpoint builder.</param>
    /// <param name="prefix">The path prefix (default <c>/sms</c>).</param>
    /// <returns>The group of endpoints, for more conventions.</returns>
    public static RouteGroupBuilder MapSmsGateways(this IEndpointRouteBuilder endpoints, string prefix = "/sms")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        _ = endpoints.ServiceProvider.GetService<ISmsSender>()
            ?? throw new InvalidOperationException("The SMS channel needs an ISmsSender: register your gateway's sender (services.AddSingleton<ISmsSender, MySender>()).");
        _ = endpoints.ServiceProvider.GetService<ISmsUserIds>()
            ?? throw new InvalidOperationException("The SMS channel needs an ISmsUserIds that turns numbers into keyed pseudonyms (never store the number as the user id).");
        var group = endpoints.MapGroup(prefix);
        foreach (var gateway in endpoints.ServiceProvider.GetServices<ISmsGateway>())
        {
            group.MapMethods("/" + gateway.Name, [HttpMethods.Post, HttpMethods.Get], (HttpContext http, SmsChannel channel) => HandleAsync(http, gateway, channel))
                .DisableAntiforgery();
        }

        return group;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, ISmsGateway gateway, SmsChannel channel)
    {
        InboundSms sms;
        try
        {
            sms = await gateway.ReadAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        }
        catch (SmsRequestException e)
        {
            return Results.Problem(e.Message, statusCode: e.StatusCode, title: e.Title, extensions: new Dictionary<string, object?> { ["gateway"] = gateway.Name });
        }

        var outcome = await channel.HandleAsync(sms, http.RequestAborted).ConfigureAwait(false);
        if (gateway.Name == "twilio")
        {
            return Results.Text("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>", "text/xml; charset=utf-8");
        }

        return Results.Json(new
        {
            sent = outcome.Sent is not null,
            waiting = outcome.WaitingForParts,
            parts = outcome.Sent?.Parts ?? 0,
            encoding = outcome.Sent?.Encoding.ToString(),
            suppressed = outcome.Suppressed,
            duplicate = outcome.Duplicate,
        });
    }
}
