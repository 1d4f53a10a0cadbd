namespace WellbeingKit.Samples.Humanitarian;

/// <summary>
/// Multilingual support over SMS for a humanitarian programme: low bandwidth, offline-capable (the content pack is embedded;
/// the host makes no external calls). <c>dotnet run --project samples/WellbeingKit.Samples.Humanitarian</c>.
/// </summary>
public static class Program
{
    public const string DefaultUrl = "http://127.0.0.1:5081";

    public static void Main(string[] args) => Create(args).Run();

    /// <summary>Builds the host; <paramref name="configure"/> lets tests swap services before it is built.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.UseDefaultUrl(DefaultUrl);
        builder.AddDemoIdentity();
        builder.Services.AddWellbeingKit(o => o.DefaultCountry = NullIfEmpty(builder.Configuration["Sms:Country"]))
            .UseDefaultContent()                                                        // embedded: works offline
            .UseSqliteStorage(Path.Combine(builder.DataFolder(), "wellbeing.db"))
            .AddMLClassifiers();                                                        // local models: still offline
        builder.Services.AddWellbeingKitEndpoints();
        builder.Services.AddHealthChecks().AddWellbeingKitReadiness();                 // ready once the pack, models and warm-up turns are done
        builder.Services.AddSingleton<SmsWebhook>();
        configure?.Invoke(builder);

        var app = builder.Build();
        if (string.IsNullOrEmpty(app.Configuration["Sms:Pepper"]))
        {
            app.Logger.LogWarning("Sms:Pepper is not set: phone numbers are hashed with a demo pepper. Set your own secret before real use.");
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/", () => Results.Redirect("/wellbeing/chat"));
        app.MapPost("/sms", (HttpContext http, SmsWebhook sms) => sms.HandleAsync(http)).DisableAntiforgery();
        app.MapWellbeingKit("/wellbeing");
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });   // for the load balancer
        app.PrintBanner(
            "WellbeingKit humanitarian sample (SMS webhook, multilingual)",
            "/sms   (curl -d From=+15550001 -d Body=hello <url>/sms)",
            "/wellbeing/chat?locale=ar");
        return app;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
