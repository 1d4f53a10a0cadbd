using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.UserData;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>The handlers of the kit's endpoints. The user id always comes from <see cref="UserEndpointFilter"/>.</summary>
internal static partial class KitEndpoints
{
    private const int MaxBodyOverhead = 4096;

    public static async Task<IResult> SendMessageAsync(
        HttpContext http,
        [FromServices] IOptions<WellbeingKitEndpointOptions> endpointOptions,
        [FromServices] IOptions<WellbeingKitOptions> kitOptions,
        [FromServices] SafetyInfo safetyInfo,
        [FromServices] ILogger<WellbeingKitEndpointOptions> logger,
        CancellationToken cancellationToken)
    {
        var options = endpointOptions.Value;
        var userId = UserEndpointFilter.UserId(http);
        var (body, problem) = await ReadJsonAsync<SendMessageRequest>(http, (options.MaxMessageLength * 6) + MaxBodyOverhead, "text, locale, country, context", cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            // A body the kit cannot read still gets the safety line and the helplines of the user's country.
            return await WithSafetyAsync(problem, safetyInfo, userId, country: null, cancellationToken).ConfigureAwait(false);
        }

        var text = body!.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Problems.Validation("text", "The message is empty: write something, or choose one of the buttons.");
        }

        // Over-long text, a locale written 'EN', a country written 'GBR' or an unknown context are not refused: the kit
        // screens and answers every message, normalises what is obvious and says in the reply's warnings what it ignored.
        var message = new UserMessage(userId, text)
        {
            Locale = body.Locale,
            Country = body.Country,
            Context = body.Context ?? options.ContextResolver?.Invoke(http),
        };

        try
        {
            var kit = http.RequestServices.GetRequiredService<IWellbeingKit>();
            var reply = await kit.HandleAsync(message, cancellationToken).ConfigureAwait(false);
            return TypedResults.Json(ApiContracts.ToDto(reply, kitOptions.Value.DefaultLocale), ApiContracts.Write);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Never leave a person with a bare error: the 500 carries the safety line and the helplines of the user's country.
            LogTurnFailed(logger, ex, UserIdHash.Of(userId));
            var safety = await safetyInfo.ExtensionsAsync(userId, Locales.NormalizeCountry(body.Country), cancellationToken).ConfigureAwait(false);
            return Problems.Create(
                StatusCodes.Status500InternalServerError,
                "The message could not be handled",
                $"Something went wrong on our side and your message could not be answered; please try again. {options.SafetyLine}",
                safety);
        }
    }

    private static async Task<IResult> WithSafetyAsync(IResult problem, SafetyInfo safetyInfo, string userId, string? country, CancellationToken cancellationToken)
    {
        if (problem is not IValueHttpResult { Value: ProblemDetails details })
        {
            return problem;
        }

        foreach (var (key, value) in await safetyInfo.ExtensionsAsync(userId, country, cancellationToken).ConfigureAwait(false))
        {
            details.Extensions[key] = value;
        }

        return problem;
    }

    public static async Task<IResult> GetConversationAsync(
        HttpContext http,
        [FromServices] IConversationStore store,
        [FromServices] IOptions<WellbeingKitOptions> kitOptions,
        CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(UserEndpointFilter.UserId(http), cancellationToken).ConfigureAwait(false);
        var locale = state?.Locale ?? kitOptions.Value.DefaultLocale;
        var direction = await DirectionAsync(http.RequestServices, locale, cancellationToken).ConfigureAwait(false);
        var safety = http.RequestServices.GetRequiredService<SafetyInfo>();
        var helplines = safety.Current(await safety.PackAsync(cancellationToken).ConfigureAwait(false), state, locale);
        return TypedResults.Json(ApiContracts.ToDto(state, direction, helplines), ApiContracts.Write);
    }

    public static async Task<IResult> SubmitFeedbackAsync(
        HttpContext http,
        [FromServices] IUserDataStore store,
        [FromServices] TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await ReadJsonAsync<FeedbackRequest>(http, MaxBodyOverhead, "exerciseId, rating, outcome, context", cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.ExerciseId is null || !ExerciseIdPattern().IsMatch(body.ExerciseId))
        {
            return Problems.Validation("exerciseId", "Give the id of the exercise rated, lowercase with dashes (for example 'box-breathing').");
        }

        if (body.Rating is null && body.Outcome is null)
        {
            return Problems.Validation("rating", "Give a rating from 1 to 5, or an outcome (completed, abandoned, offered).");
        }

        if (body.Rating is < 1 or > 5)
        {
            return Problems.Validation("rating", $"The rating is {body.Rating}; it must be from 1 (did not help) to 5 (helped a lot).");
        }

        if (!ApiContracts.TryParseOutcome(body.Outcome, out var outcome))
        {
            return Problems.Validation("outcome", $"'{Shorten(body.Outcome!)}' is not an outcome: use completed, abandoned or offered.");
        }

        if (body.Context is not null && !ContextPattern().IsMatch(body.Context))
        {
            return Problems.Validation("context", $"'{Shorten(body.Context)}' is not a context name such as 'class', 'workplace' or 'home'.");
        }

        var source = http.RequestServices.GetService<IContentSource>();
        if (source is not null)
        {
            var pack = await source.GetPackAsync(cancellationToken).ConfigureAwait(false);
            if (!pack.Exercises.ContainsKey(body.ExerciseId))
            {
                return Problems.Validation("exerciseId", $"There is no exercise '{body.ExerciseId}' in the content pack.");
            }
        }

        await store.AddFeedbackAsync(
            new ExerciseFeedback(UserEndpointFilter.UserId(http), time.GetUtcNow(), body.ExerciseId, outcome, body.Rating, body.Context),
            cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> ExportAsync(
        HttpContext http,
        [FromServices] IUserDataStore userData,
        [FromServices] IConversationStore conversations,
        CancellationToken cancellationToken)
    {
        var userId = UserEndpointFilter.UserId(http);
        var export = await userData.ExportAsync(userId, cancellationToken).ConfigureAwait(false);
        if (export.Conversation is null)
        {
            export = export with { Conversation = await conversations.GetAsync(userId, cancellationToken).ConfigureAwait(false) };
        }

        http.Response.Headers.ContentDisposition = "attachment; filename=\"wellbeing-data.json\"";
        return TypedResults.Json(export, ApiContracts.Write);
    }

    public static async Task<IResult> EraseAsync(
        HttpContext http,
        [FromServices] IUserDataStore userData,
        [FromServices] IConversationStore conversations,
        CancellationToken cancellationToken)
    {
        await EraseUserAsync(userData, conversations, UserEndpointFilter.UserId(http), cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    /// <summary>Erases the user's data and conversation (the JSON endpoint and the page's form share it).</summary>
    internal static Task EraseUserAsync(IServiceProvider services, string userId, CancellationToken cancellationToken) =>
        EraseUserAsync(services.GetRequiredService<IUserDataStore>(), services.GetRequiredService<IConversationStore>(), userId, cancellationToken);

    private static async Task EraseUserAsync(IUserDataStore userData, IConversationStore conversations, string userId, CancellationToken cancellationToken)
    {
        await userData.EraseAsync(userId, cancellationToken).ConfigureAwait(false);
        await conversations.DeleteAsync(userId, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<string> DirectionAsync(IServiceProvider services, string locale, CancellationToken cancellationToken)
    {
        var source = services.GetService<IContentSource>();
        if (source is not null)
        {
            var pack = await source.GetPackAsync(cancellationToken).ConfigureAwait(false);
            var known = pack.Manifest.Locales.FirstOrDefault(l => string.Equals(l.Code, locale, StringComparison.OrdinalIgnoreCase))
                ?? pack.Manifest.Locales.FirstOrDefault(l => locale.StartsWith(l.Code + "-", StringComparison.OrdinalIgnoreCase));
            if (known is not null)
            {
                return known.Direction == "rtl" ? "rtl" : "ltr";
            }
        }

        return Locales.IsRightToLeft(locale) ? "rtl" : "ltr";
    }

    private static async Task<(T? Body, IResult? Problem)> ReadJsonAsync<T>(HttpContext http, long maxBytes, string fields, CancellationToken cancellationToken)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            var got = string.IsNullOrEmpty(http.Request.ContentType) ? "no Content-Type" : $"Content-Type '{Shorten(http.Request.ContentType)}'";
            return (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", $"Send the body as JSON with Content-Type 'application/json'; the request had {got}."));
        }

        if (http.Request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxBytes;
        }

        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, ApiContracts.Read, cancellationToken).ConfigureAwait(false);
            return body is null
                ? (null, Problems.Create(StatusCodes.Status400BadRequest, "Invalid JSON", $"The body is JSON null; send an object with the fields {fields}."))
                : (body, null);
        }
        catch (JsonException ex)
        {
            var where = $"at {ex.Path ?? "$"} (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})";
            var detail = ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? $"Unknown field {where}. The accepted fields are: {fields}. (The user is identified by the sign-in, never by the body.)"
                : $"The body is not valid JSON for this request {where}. The accepted fields are: {fields}.";
            return (null, Problems.Create(StatusCodes.Status400BadRequest, "Invalid JSON", detail));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
    }

    private static IResult TooLarge(long maxBytes) =>
        Problems.Create(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The body is larger than the {maxBytes} bytes accepted.");

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    internal static partial Regex LocalePattern();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    internal static partial Regex CountryPattern();

    [GeneratedRegex("^[a-z][a-z-]{0,31}$")]
    internal static partial Regex ContextPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex ExerciseIdPattern();

    [LoggerMessage(Level = LogLevel.Error, Message = "The kit failed to handle a message of user {UserHash}.")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string userHash);
}
