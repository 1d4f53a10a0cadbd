using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WellbeingKit.Content;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// Serves the web chat: plain HTML, CSS and JavaScript embedded in this assembly (no CDN, no build step),
/// branded from the pack's <see cref="PackBrand"/> through CSS variables.
/// </summary>
internal sealed partial class ChatPage(IServiceProvider services, ILogger<ChatPage> logger)
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    private readonly ConcurrentDictionary<string, string> _resources = new(StringComparer.Ordinal);

    public async Task<IResult> PageAsync(HttpContext http, string prefix)
    {
        var brand = await BrandAsync(http.RequestAborted);
        var locale = http.Request.Query["locale"].ToString();
        if (!LocalePattern().IsMatch(locale))
        {
            locale = "";
        }

        var direction = locale.Length == 0 ? "ltr" : await KitEndpoints.DirectionAsync(services, locale, http.RequestAborted);
        var basePath = http.Request.PathBase.Add(new PathString(prefix)).Value ?? "";
        var html = Resource("chat.html")
            .Replace("{{brand}}", WebUtility.HtmlEncode(brand.Name), StringComparison.Ordinal)
            .Replace("{{tone}}", WebUtility.HtmlEncode(Token(brand.Tone)), StringComparison.Ordinal)
            .Replace("{{base}}", WebUtility.HtmlEncode(basePath), StringComparison.Ordinal)
            .Replace("{{lang}}", locale.Length == 0 ? "en" : locale, StringComparison.Ordinal)
            .Replace("{{dir}}", direction, StringComparison.Ordinal);
        SecurityHeaders(http);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    public async Task<IResult> ThemeAsync(HttpContext http)
    {
        var brand = await BrandAsync(http.RequestAborted);
        var defaults = new PackBrand();
        var primary = Colour(brand.PrimaryColor, defaults.PrimaryColor);
        var accent = Colour(brand.AccentColor, defaults.AccentColor);
        var css = string.Create(
            CultureInfo.InvariantCulture,
            $":root {{\n  --wk-primary: {primary};\n  --wk-accent: {accent};\n  --wk-on-primary: {OnColour(primary)};\n}}\n");
        SecurityHeaders(http);
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Content(css, "text/css; charset=utf-8");
    }

    public IResult Asset(HttpContext http, string name, string contentType)
    {
        SecurityHeaders(http);
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Content(Resource(name), contentType);
    }

    /// <summary>Black or white text, whichever reads better on <paramref name="hex"/> (WCAG relative luminance).</summary>
    internal static string OnColour(string hex)
    {
        static double Channel(string hex, int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var full = hex.Length == 4 ? $"#{hex[1]}{hex[1]}{hex[2]}{hex[2]}{hex[3]}{hex[3]}" : hex;
        var luminance = (0.2126 * Channel(full, 1)) + (0.7152 * Channel(full, 3)) + (0.0722 * Channel(full, 5));
        return luminance > 0.179 ? "#111111" : "#ffffff";
    }

    /// <summary>A pack colour only reaches the CSS when it is a plain hex colour; anything else falls back to the default.</summary>
    internal static string Colour(string? value, string fallback) =>
        value is not null && HexColour().IsMatch(value) ? value.ToLowerInvariant() : fallback;

    private static string Token(string value) => TokenPattern().IsMatch(value) ? value : "warm";

    private static void SecurityHeaders(HttpContext http)
    {
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private async Task<PackBrand> BrandAsync(CancellationToken cancellationToken)
    {
        var source = services.GetService<IContentSource>();
        if (source is null)
        {
            return new PackBrand();
        }

        try
        {
            return (await source.GetPackAsync(cancellationToken)).Manifest.Brand;
        }
        catch (ContentValidationException ex)
        {
            logger.LogError(ex, "The content pack could not be loaded; the chat page uses the default brand.");
            return new PackBrand();
        }
    }

    private string Resource(string name) => _resources.GetOrAdd(name, static n =>
    {
        var assembly = typeof(ChatPage).Assembly;
        using var stream = assembly.GetManifestResourceStream("WellbeingKit.AspNetCore.WebChat." + n)
            ?? throw new InvalidOperationException($"The web chat resource '{n}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();

    [GeneratedRegex("^[a-z][a-z-]{0,31}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LocalePattern();
}
