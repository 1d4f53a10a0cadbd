using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WellbeingKit.Content;
using WellbeingKit.Conversations;

namespace WellbeingKit.AspNetCore.Tests;

/// <summary>A host with the kit's endpoints mapped at <c>/wellbeing</c>; users are named by the <c>X-Test-User</c> header.</summary>
internal sealed class KitHost : IAsyncDisposable
{
    public const string UserHeader = "X-Test-User";

    private KitHost(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Starts a host: in memory (TestServer) by default, on a real 127.0.0.1 socket with <paramref name="kestrel"/>.</summary>
    public static async Task<KitHost> StartAsync(
        Action<WellbeingKitEndpointOptions>? endpoints = null,
        Action<IServiceCollection>? services = null,
        bool kestrel = false)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Logging.ClearProviders();
        if (kestrel)
        {
            builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Services.AddWellbeingKit();
        builder.Services.AddSingleton<IContentSource, TestContent>();
        builder.Services.AddSingleton<TestKit>();
        builder.Services.AddSingleton<IWellbeingKit>(sp => sp.GetRequiredService<TestKit>());
        services?.Invoke(builder.Services);
        builder.Services.AddWellbeingKitEndpoints(o =>
        {
            o.UserIdResolver = http => http.Request.Headers[UserHeader].FirstOrDefault();
            endpoints?.Invoke(o);
        });

        var app = builder.Build();
        app.MapWellbeingKit("/wellbeing");
        await app.StartAsync();
        var address = kestrel
            ? new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First())
            : new Uri("http://localhost");
        return new KitHost(app, address);
    }

    public HttpClient Client(string? user)
    {
        var client = App.GetTestClient();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(UserHeader, user);
        }

        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
