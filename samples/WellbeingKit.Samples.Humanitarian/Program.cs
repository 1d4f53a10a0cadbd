using Microsoft.Extensions.DependencyInjection.Extensions;
using WellbeingKit.Care;
using WellbeingKit.Channels.Sms;
using WellbeingKit.Privacy;
using WellbeingKit.UserData;

namespace WellbeingKit.Samples.Humanitarian;

/// <summary>
/// Multilingual support over SMS for a humanitarian programme: real gateway webhooks (Twilio, Africa's Talking, Vonage SMS and Messages APIs, JSON),
/// opt-out, helplines by the sender's country, replies within an SMS budget; offline-capable (the content pack is embedded;
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
        builder.AddKeyedPseudonyms();                                                   // no pepper outside Development: no start
        builder.AddDemoIdentity();
        var data = builder.DataFolder();
        builder.Services.AddWellbeingKit(o => o.DefaultCountry = NullIfEmpty(builder.Configuration["Sms:DefaultCountry"]))
            .UseDefaultContent()                                                        // embedded: works offline
            .UseSqliteStorage(Path.Combine(data, "wellbeing.db"))
            .AddMLClassifiers()                                                         // local models: still offline
            .AddCheckIns<SmsCheckIns>();                                                // check-ins people ask for, sent as SMS
        builder.Services.AddSingleton(sp => new SmsCheckIns(
            Path.Combine(data, "numbers.db"),                                           // numbers encrypted with the kit's key
            new AesGcmEncryptor(sp.GetRequiredService<IKeyProvider>()),
            sp.GetRequiredService<ISmsChannelStore>(),
            sp.GetRequiredService<ISmsSender>(),
            builder.Configuration["Sms:CheckInGateway"] ?? "twilio",
            NullIfEmpty(builder.Configuration["Sms:CheckInFrom"]),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SmsCheckIns>>()));
        builder.Services.Replace(ServiceDescriptor.Singleton<IOutboundChannel>(sp => sp.GetRequiredService<SmsCheckIns>()));
        var userData = builder.Services.Last(d => d.ServiceType == typeof(IUserDataStore));
        builder.Services.RemoveAll<IUserDataStore>();
        builder.Services.AddSingleton<IUserDataStore>(sp => new ErasingUserDataStore(
            (IUserDataStore)(userData.ImplementationInstance ?? userData.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, userData.ImplementationType!)),
            sp.GetRequiredService<SmsCheckIns>()));                                   // erasing a person's data forgets their number
        builder.Services.AddWellbeingKitEndpoints(o => o.UserIdResolver = http => SampleHost.PseudonymousUserId(http, "web"));
        builder.Services.AddSmsChannel(o =>
        {
            builder.Configuration.GetSection("Sms").Bind(o);

            // Unsigned gateway requests only in Development, and only for a gateway whose secret is not set.
            o.AllowUnsignedRequests = builder.Environment.IsDevelopment() && o.AllowUnsignedRequests;
        });
        builder.Services.AddSingleton<ISmsUserIds, SmsUserIds>();
        builder.Services.AddSingleton<ISmsSender, LogSmsSender>();
        builder.Services.AddSingleton<ISmsChannelStore>(_ => new SqliteSmsChannelStore(Path.Combine(data, "sms.db")));
        builder.Services.AddHealthChecks().AddWellbeingKitReadiness();                 // ready once the pack, models and warm-up turns are done
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/", () => Results.Redirect("/wellbeing/chat"));
        app.MapSmsGateways("/sms");
        app.MapWellbeingKit("/wellbeing");
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });   // for the load balancer
        app.PrintBanner(
            "WellbeingKit humanitarian sample (SMS gateways, multilingual)",
            "/sms/twilio  /sms/africastalking  /sms/vonage  /sms/vonage-messages  /sms/json",
            "/wellbeing/chat?locale=ar");
        return app;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
