using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace WellbeingKit.Samples;

/// <summary>
/// DEMO ONLY. An authentication scheme that believes whatever user id the request claims (the <c>X-Demo-User</c> header
/// or the <c>wk-demo-user</c> cookie) and gives a browser without one a random id in a cookie. Anyone can be anyone:
/// replace it with your real sign-in (cookies, OpenID Connect, JWT bearer) before any real person uses the host.
/// </summary>
internal sealed partial class DemoUserHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DemoUser";
    public const string Header = "X-Demo-User";
    public const string Cookie = "wk-demo-user";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var id = Request.Headers[Header].FirstOrDefault();
        if (string.IsNullOrEmpty(id))
        {
            id = Request.Cookies[Cookie];
        }

        if (string.IsNullOrEmpty(id))
        {
            id = "demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
            if (!Response.HasStarted)
            {
                Response.Cookies.Append(Cookie, id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true });
            }
        }

        if (!IdPattern().IsMatch(id))
        {
            return Task.FromResult(AuthenticateResult.Fail($"The demo user id '{id}' is not 1-64 letters, digits, '-' or '_'."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, id)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();
}

/// <summary>What every sample host shares: the demo identity, the default address, a start-up banner.</summary>
internal static class SampleHost
{
    /// <summary>Adds the DEMO-ONLY identity scheme and authorization.</summary>
    public static void AddDemoIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(DemoUserHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, DemoUserHandler>(DemoUserHandler.SchemeName, null);
        builder.Services.AddAuthorization();
    }

    /// <summary>
    /// Adds keyed pseudonyms (<see cref="KeyedPseudonyms"/>, derived at start-up) and refuses to build without a pepper outside
    /// Development.
    /// </summary>
    public static void AddKeyedPseudonyms(this WebApplicationBuilder builder)
    {
        KeyedPseudonyms.RequirePepper(builder);
        builder.Services.AddSingleton<KeyedPseudonyms>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<KeyedPseudonyms>());
    }

    /// <summary>
    /// The kit's user id of a signed-in request: the keyed pseudonym of the real id, so the store never holds the real id and
    /// the person's own export and erase (which go through the same resolver) still find their data.
    /// </summary>
    public static string? PseudonymousUserId(HttpContext http, string kind)
    {
        var real = WellbeingKit.AspNetCore.WellbeingKitEndpointOptions.DefaultUserIdResolver(http);
        return real is null ? null : http.RequestServices.GetRequiredService<KeyedPseudonyms>().Of(kind, real);
    }

    /// <summary>Listens on <paramref name="defaultUrl"/> unless <c>--urls</c> or <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public static void UseDefaultUrl(this WebApplicationBuilder builder, string defaultUrl)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(defaultUrl);
        }
    }

    /// <summary>The folder for the SQLite file: <c>--DataFolder</c>, else <c>App_Data</c> under the content root.</summary>
    public static string DataFolder(this WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["DataFolder"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            // The databases and the key file: readable by the service's own user only.
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return folder;
    }

    /// <summary>Prints where to point a browser once the server listens, and warns that the identity is a demo.</summary>
    public static void PrintBanner(this WebApplication app, string title, params string[] paths)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Urls.Count > 0 ? app.Urls : ["http://127.0.0.1"];
            var first = addresses.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
            Console.WriteLine();
            Console.WriteLine($"  {title}");
            foreach (var path in paths)
            {
                Console.WriteLine($"  -> {first}{path}");
            }

            Console.WriteLine("  DEMO identity: the X-Demo-User header or wk-demo-user cookie names the user. Never use it with real people.");
            Console.WriteLine("  Press Ctrl+C to stop.");
            Console.WriteLine();
        });
    }
}
