using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// Serves the web chat: plain HTML, CSS and JavaScript embedded in this assembly (no CDN, no build step), branded from the
/// pack's <see cref="PackBrand"/> through CSS variables. The page is rendered on the server with the helplines of the
/// user's (or the default) country, the conversation so far and the page's words in the user's language, so help shows
/// without JavaScript or network; without JavaScript the form posts to <c>{prefix}/chat</c> and gets the reply page.
/// </summary>
internal sealed partial class ChatPage(
    IServiceProvider services,
    IOptions<WellbeingKitEndpointOptions> endpointOptions,
    IOptions<WellbeingKitOptions> kitOptions,
    SafetyInfo safety,
    IAntiforgery antiforgery,
    ILogger<ChatPage> logger)
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    private readonly ConcurrentDictionary<string, StaticAsset> _assets = new(StringComparer.Ordinal);
    private string? _template;

    /// <summary><c>GET {prefix}/chat</c>: the page, with the user's conversation and pinned help when a user is known.</summary>
    public async Task<IResult> PageAsync(HttpContext http, string prefix)
    {
        var pack = await safety.PackAsync(http.RequestAborted).ConfigureAwait(false);
        var state = await StateAsync(http, await OptionalUserAsync(http).ConfigureAwait(false)).ConfigureAwait(false);
        var view = View(http, pack, state, reply: null);
        return Render(http, prefix, pack, view with { Pinned = safety.Current(pack, state, view.Locale) });
    }

    /// <summary><c>POST {prefix}/chat</c> (form): the page without JavaScript sends a message and gets the reply page.</summary>
    public async Task<IResult> PostAsync(HttpContext http, string prefix)
    {
        var pack = await safety.PackAsync(http.RequestAborted).ConfigureAwait(false);
        var userId = UserEndpointFilter.UserId(http);
        var maxLength = endpointOptions.Value.MaxMessageLength;
        if (http.Request.ContentLength > (maxLength * 12L) + 8192 || !http.Request.HasFormContentType)
        {
            return Render(http, prefix, pack, Failed(http, pack, null, "error", StatusCodes.Status400BadRequest));
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var typed = form["text"].ToString();
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Render(http, prefix, pack, Failed(http, pack, typed, "expired", StatusCodes.Status400BadRequest));
        }

        var text = (form["choice"].ToString() is { Length: > 0 } choice ? choice : typed).Trim();
        if (text.Length == 0 || text.Length > maxLength)
        {
            return Render(http, prefix, pack, Failed(http, pack, typed, "error", StatusCodes.Status400BadRequest));
        }

        var query = Query(http);
        var message = new UserMessage(userId, text)
        {
            Locale = View(http, pack, await StateAsync(http, userId).ConfigureAwait(false), null).ForwardLocale,
            Country = query.Country,
            Context = query.Context ?? endpointOptions.Value.ContextResolver?.Invoke(http),
            MessageId = MessageIdPattern().IsMatch(form["mid"].ToString()) ? form["mid"].ToString() : null,
        };

        Reply reply;
        try
        {
            reply = await http.RequestServices.GetRequiredService<IWellbeingKit>().HandleAsync(message, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // As in the JSON endpoint: never a bare error; the page keeps the text and shows the helplines.
            logger.LogError(ex, "The kit failed to handle a message sent from the page without JavaScript.");
            return Render(http, prefix, pack, Failed(http, pack, typed, "error", StatusCodes.Status500InternalServerError));
        }

        var state = await StateAsync(http, userId).ConfigureAwait(false);
        var dto = ApiContracts.ToDto(reply, kitOptions.Value.DefaultLocale);
        var view = View(http, pack, state, dto);
        var pinned = dto.Helplines.Count > 0 ? dto.Helplines : safety.Current(pack, state, view.Locale);
        return Render(http, prefix, pack, view with { Pinned = pinned, FocusHelp = dto.Safety && pinned.Count > 0 });
    }

    /// <summary><c>POST {prefix}/chat/erase</c> (form): "delete my conversation" without JavaScript, after the page's confirmation.</summary>
    public async Task<IResult> EraseAsync(HttpContext http, string prefix)
    {
        var pack = await safety.PackAsync(http.RequestAborted).ConfigureAwait(false);
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Render(http, prefix, pack, Failed(http, pack, null, "expired", StatusCodes.Status400BadRequest));
        }

        await KitEndpoints.EraseUserAsync(http.RequestServices, UserEndpointFilter.UserId(http), http.RequestAborted).ConfigureAwait(false);
        return Render(http, prefix, pack, View(http, pack, null, null) with { Notice = "deleted" });
    }

    /// <summary><c>GET {prefix}/chat/strings?locale=xx</c>: the page's words in another locale, when a reply switches language.</summary>
    public async Task<IResult> StringsAsync(HttpContext http)
    {
        var pack = await safety.PackAsync(http.RequestAborted).ConfigureAwait(false);
        var locale = Query(http).Locale ?? kitOptions.Value.DefaultLocale;
        var json = JsonSerializer.SerializeToUtf8Bytes(WebTexts.For(pack, locale), ApiContracts.Write);
        SecurityHeaders(http);
        return StaticAsset.Serve(http, StaticAsset.Tag(json), "application/json; charset=utf-8", json);
    }

    public async Task<IResult> ThemeAsync(HttpContext http)
    {
        var brand = (await safety.PackAsync(http.RequestAborted).ConfigureAwait(false))?.Manifest.Brand ?? new PackBrand();
        var css = Encoding.UTF8.GetBytes(ThemeContrast.Css(brand));
        SecurityHeaders(http);
        return StaticAsset.Serve(http, StaticAsset.Tag(css), "text/css; charset=utf-8", css);
    }

    public IResult Asset(HttpContext http, string name, string contentType)
    {
        SecurityHeaders(http);
        return _assets.GetOrAdd(name, n => new StaticAsset(Encoding.UTF8.GetBytes(Resource(n)), contentType)).Serve(http);
    }

    /// <summary>Black or white text, whichever reads better on <paramref name="hex"/> (WCAG relative luminance).</summary>
    internal static string OnColour(string hex) => ColourContrast.OnColour(hex);

    /// <summary>A pack colour only reaches the CSS when it is a plain hex colour; anything else falls back to the default.</summary>
    internal static string Colour(string? value, string fallback) => ThemeContrast.Colour(value, fallback);

    private static string Token(string value) => TokenPattern().IsMatch(value) ? value : "warm";

    private static void SecurityHeaders(HttpContext http)
    {
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private async Task<string?> OptionalUserAsync(HttpContext http)
    {
        try
        {
            var id = await endpointOptions.Value.ResolveUserIdAsync(http).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(id) ? null : id;
        }
#pragma warning disable CA1031 // The page (and its helplines) must render even when the host's resolver fails.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "The UserIdResolver failed while rendering the chat page; it is shown without the conversation.");
            return null;
        }
    }

    private async Task<ConversationState?> StateAsync(HttpContext http, string? userId)
    {
        if (userId is null || services.GetService<IConversationStore>() is not { } store)
        {
            return null;
        }

        try
        {
            return await store.GetAsync(userId, http.RequestAborted).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A store that cannot be read must not take the page (and its helplines) down.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "The conversation could not be read while rendering the chat page.");
            return null;
        }
    }

    /// <summary>The validated <c>?locale=</c>, <c>?country=</c> and <c>?context=</c>; anything else is ignored.</summary>
    internal static (string? Locale, string? Country, string? Context) Query(HttpContext http)
    {
        var locale = http.Request.Query["locale"].ToString().Trim().Replace('_', '-').ToLowerInvariant();
        locale = KitEndpoints.LocalePattern().IsMatch(locale) ? locale : "";
        var country = http.Request.Query["country"].ToString().Trim();
        var context = http.Request.Query["context"].ToString().Trim();
        return (
            locale.Length > 0 ? locale : null,
            KitEndpoints.CountryPattern().IsMatch(country) ? country.ToUpperInvariant() : null,
            KitEndpoints.ContextPattern().IsMatch(context) ? context : null);
    }

    private PageView View(HttpContext http, ContentPack? pack, ConversationState? state, ReplyDto? reply)
    {
        var query = Query(http);
        var accepted = PageLocale.FromAcceptLanguage(http.Request, pack);
        var locale = reply?.Locale ?? query.Locale ?? state?.Locale ?? accepted ?? kitOptions.Value.DefaultLocale;
        var direction = reply?.Direction ?? Direction(pack, locale);
        var country = query.Country ?? state?.Country ?? kitOptions.Value.DefaultCountry;

        // The locale the page forwards with each message: the one asked for, else the browser's when the conversation has none.
        var forward = query.Locale ?? (state?.Locale is null ? accepted : null);
        return new PageView(locale, direction, country, forward, state?.Transcript ?? [], reply);
    }

    private PageView Failed(HttpContext http, ContentPack? pack, string? typed, string notice, int status)
    {
        var view = View(http, pack, null, null);
        var help = pack is null ? [] : safety.Helplines(pack, view.Country, view.Locale);
        return view with { Text = typed, Notice = notice, Status = status, Pinned = help, FocusHelp = help.Count > 0 };
    }

    private static string Direction(ContentPack? pack, string locale)
    {
        var known = pack?.Manifest.Locales.FirstOrDefault(l => string.Equals(l.Code, locale, StringComparison.OrdinalIgnoreCase))
            ?? pack?.Manifest.Locales.FirstOrDefault(l => string.Equals(l.Code, PageLocale.Language(locale), StringComparison.OrdinalIgnoreCase));
        return known is not null ? (known.Direction == "rtl" ? "rtl" : "ltr") : (Locales.IsRightToLeft(locale) ? "rtl" : "ltr");
    }

    private IResult Render(HttpContext http, string prefix, ContentPack? pack, PageView view)
    {
        var brand = pack?.Manifest.Brand ?? new PackBrand();
        var strings = WebTexts.For(pack, view.Locale);
        var help = pack is null ? [] : safety.Helplines(pack, view.Country, view.Locale);
        var emergency = ChatHtml.EmergencyNumber(help);
        var basePath = http.Request.PathBase.Add(new PathString(prefix)).Value ?? "";
        var query = Query(http);
        var queryString = QueryString.Create(
            new[] { ("locale", query.Locale), ("country", query.Country), ("context", query.Context) }
                .Where(p => p.Item2 is not null)
                .Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2))).ToUriComponent();
        var tokens = antiforgery.GetAndStoreTokens(http);
        var html = new ChatHtml(strings, brand.Name, view.Locale);
        var data = new PageData(
            view.Locale,
            view.Direction,
            view.ForwardLocale,
            (int)endpointOptions.Value.SendTimeout.TotalMilliseconds,
            strings,
            help,
            emergency,
            view.Pinned.Count > 0);

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lang"] = Enc(view.Locale),
            ["dir"] = view.Direction,
            ["tone"] = Enc(Token(brand.Tone)),
            ["brand"] = Enc(brand.Name),
            ["base"] = Enc(basePath),
            ["safety"] = view.Pinned.Count > 0 ? "true" : "false",
            ["exit"] = Enc(endpointOptions.Value.QuickExitUrl),
            ["noscript"] = view.Pinned.Count > 0 ? "" : html.HelpCard(help, emergency, "wk-noscript-help", focus: false),
            ["help"] = view.Pinned.Count > 0 ? html.HelpCard(view.Pinned, emergency, "wk-help-card", view.FocusHelp) : "",
            ["log"] = html.Log(view.Transcript, view.Reply, view.Notice, view.Pinned.Count > 0),
            ["action"] = Enc(basePath + "/chat" + queryString + "#wk-quick"), // after a post, the browser shows the latest reply
            ["query"] = Enc(queryString),
            ["tokenName"] = Enc(tokens.FormFieldName),
            ["token"] = Enc(tokens.RequestToken ?? ""),
            ["mid"] = Guid.NewGuid().ToString("N"),
            ["max"] = endpointOptions.Value.MaxMessageLength.ToString(CultureInfo.InvariantCulture),
            ["text"] = Enc(view.Text ?? ""),
            ["data"] = JsonSerializer.Serialize(data, ApiContracts.Write),
        };

        var page = Placeholder().Replace(Template(), m => m.Groups[1].Value == "t"
            ? Enc(strings.GetValueOrDefault(m.Groups[2].Value) ?? "")
            : values.GetValueOrDefault(m.Groups[2].Value) ?? "");
        SecurityHeaders(http);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(page, "text/html; charset=utf-8", Encoding.UTF8, view.Status);
    }

    private static string Enc(string value) => WebUtility.HtmlEncode(value);

    private string Template() => _template ??= Resource("chat.html");

    private static string Resource(string name)
    {
        var assembly = typeof(ChatPage).Assembly;
        using var stream = assembly.GetManifestResourceStream("WellbeingKit.AspNetCore.WebChat." + name)
            ?? throw new InvalidOperationException($"The web chat resource '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{(?:(t):)?([A-Za-z_]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z][a-z-]{0,31}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9-]{8,64}$")]
    private static partial Regex MessageIdPattern();

    /// <summary>What one rendering of the page shows.</summary>
    private sealed record PageView(
        string Locale,
        string Direction,
        string? Country,
        string? ForwardLocale,
        IReadOnlyList<TranscriptLine> Transcript,
        ReplyDto? Reply)
    {
        public IReadOnlyList<HelplineDto> Pinned { get; init; } = [];

        public bool FocusHelp { get; init; }

        public string? Notice { get; init; }

        public string? Text { get; init; }

        public int Status { get; init; } = StatusCodes.Status200OK;
    }

    /// <summary>What the script reads from the page: words, the page's helplines (for the offline card) and settings.</summary>
    private sealed record PageData(
        string Locale,
        string Direction,
        string? ForwardLocale,
        int Timeout,
        IReadOnlyDictionary<string, string> Strings,
        IReadOnlyList<HelplineDto> Helplines,
        string? Emergency,
        bool Safety);
}
