using Microsoft.AspNetCore.Authentication;

namespace WellbeingKit.Samples;

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
