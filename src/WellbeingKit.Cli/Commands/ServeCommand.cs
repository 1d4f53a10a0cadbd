using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WellbeingKit.AspNetCore;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Cli.Commands;

/// <summary>
/// <c>wellbeing serve --content &lt;dir&gt; [--port 5090]</c>: the web chat and the HTTP API of the AspNetCore package for a
/// content pack, on SQLite, branded from its <c>pack.yaml</c>, so an author can try a pack in a browser without code.
/// Each browser gets a random id in a cookie: this is for trying a pack, not for real users (no sign-in).
/// </summary>
internal static partial class ServeCommand
{
    private const string UserCookie = "wk-serve-user";

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The content pack folder.", Required = true };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 5090 };
        var store = new Option<string>("--store") { Description = "The SQLite file that keeps conversations.", DefaultValueFactory = _ => "wellbeing-serve.db" };
        var country = new Option<string?>("--country") { Description = "The users' country (ISO 3166-1 alpha-2) for helplines, unless the page says ?country=." };
        var serve = new Command("serve", "Serve a content pack's web chat and HTTP API on 127.0.0.1 (SQLite storage), branded from pack.yaml. For trying a pack: every browser is an anonymous user.")
        {
            content,
            port,
            store,
            country,
        };
        serve.SetAction((parseResult, cancellationToken) => RunAsync(
            new CliSettings
            {
                ContentDirectory = parseResult.GetValue(content),
                StorePath = parseResult.GetValue(store),
                Country = parseResult.GetValue(country),
            },
            parseResult.GetValue(port),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return serve;
    }

    /// <summary>Validates the pack, then serves it until cancelled.</summary>
    /// <returns>0 after a clean shutdown; 1 when the pack does not validate.</returns>
    internal static async Task<int> RunAsync(CliSettings settings, int port, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var directory = settings.ContentDirectory!;
        var check = ContentPackLoader.Check(directory);
        if (check.Pack is not { } pack)
        {
            foreach (var problem in check.Problems)
            {
                await error.WriteLineAsync(Path.Join(directory, problem.ToString()).Replace('\\', '/'));
            }

            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{check.Problems.Count} problem(s) in {directory}: fix them (wellbeing content validate {directory}) before serving it"));
            return 1;
        }

        await using var app = Build(settings, port);
        await app.StartAsync(cancellationToken);
        await output.WriteLineAsync($"Serving '{pack.Manifest.Id}' ({pack.Manifest.Brand.Name}) at {Address(app)}/wellbeing/chat (add ?locale=<code> for another language). Conversations are kept in {settings.StorePath}. Ctrl+C stops.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    /// <summary>Builds the web host for a pack: the kit as the CLI registers it, the AspNetCore endpoints and page under <c>/wellbeing</c>.</summary>
    /// <param name="settings">The pack folder, the SQLite file, the country.</param>
    /// <param name="port">The port on 127.0.0.1; 0 picks a free one.</param>
    /// <returns>The host, not started.</returns>
    internal static WebApplication Build(CliSettings settings, int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel().UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        CliServices.AddKit(builder.Services, settings);
        builder.Services.AddWellbeingKitEndpoints(o => o.UserIdResolver = BrowserUser);
        var app = builder.Build();
        app.MapGet("/", () => Results.Redirect("/wellbeing/chat"));
        app.MapWellbeingKit("/wellbeing");
        return app;
    }

    /// <summary>The address the started host listens on.</summary>
    /// <param name="app">The started host.</param>
    /// <returns>For example <c>http://127.0.0.1:5090</c>.</returns>
    internal static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>The browser's anonymous id, from its cookie; a new random one (set in the cookie) for a browser without one.</summary>
    private static string BrowserUser(HttpContext http)
    {
        if (http.Items[UserCookie] is string known)
        {
            return known;
        }

        var id = http.Request.Cookies[UserCookie];
        if (id is null || !CookieValue().IsMatch(id))
        {
            id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            if (!http.Response.HasStarted)
            {
                http.Response.Cookies.Append(UserCookie, id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true, Path = "/" });
            }
        }

        var user = "web-" + id;
        http.Items[UserCookie] = user;
        return user;
    }

    [GeneratedRegex("^[0-9a-f]{24}$", RegexOptions.CultureInvariant)]
    private static partial Regex CookieValue();
}
