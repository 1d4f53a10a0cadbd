using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using WellbeingKit.AspNetCore.Tests;
using WellbeingKit.Content;
using WellbeingKit.Conversations;

namespace WellbeingKit.Samples.Tests;

/// <summary>Starts a sample host in memory, with the sample's own wiring, and the test kit in place of the engine.</summary>
internal static class SampleHosts
{
    public const string DemoUserHeader = "X-Demo-User";

    public static async Task<WebApplication> StartAsync(
        Func<string[], Action<WebApplicationBuilder>, WebApplication> create,
        IDictionary<string, string?>? settings = null,
        bool useTestKit = true,
        Action<IServiceCollection>? services = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "wk-sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);

        // An empty content root: no appsettings.json of whichever sample was copied last into the test output.
        var app = create(["--contentRoot", data, "--DataFolder", data, "--environment", "Development"], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton(_ => new TemporaryFolder(data));
            if (settings is not null)
            {
                builder.Configuration.AddInMemoryCollection(settings);
            }

            if (useTestKit)
            {
                builder.Services.Replace(ServiceDescriptor.Singleton<IContentSource, TestContent>());
                builder.Services.AddSingleton<TestKit>();
                builder.Services.Replace(ServiceDescriptor.Singleton<IWellbeingKit>(sp => sp.GetRequiredService<TestKit>()));
            }

            services?.Invoke(builder.Services);
        });
        app.Services.GetRequiredService<TemporaryFolder>();
        await app.StartAsync();
        return app;
    }

    public static HttpClient Client(this WebApplication app, string? user)
    {
        var client = app.GetTestClient();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(DemoUserHeader, user);
        }

        return client;
    }
}

/// <summary>The sample's data folder, deleted when the host's services are disposed (created first, so disposed last).</summary>
internal sealed class TemporaryFolder(string path) : IDisposable
{
    public void Dispose()
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Still in use elsewhere: the system's temporary folder cleaning takes it.
        }
    }
}
