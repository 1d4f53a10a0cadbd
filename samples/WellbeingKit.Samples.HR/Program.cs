using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using WellbeingKit.Handoff;
using WellbeingKit.UserData;

namespace WellbeingKit.Samples.HR;

/// <summary>
/// Employee check-in with an aggregate team dashboard (never a group under five) and referral to an Employee Assistance
/// Programme instead of the manager. <c>dotnet run --project samples/WellbeingKit.Samples.HR</c>.
/// </summary>
public static class Program
{
    public const string DefaultUrl = "http://127.0.0.1:5082";

    public static void Main(string[] args) => Create(args).Run();

    /// <summary>Builds the host; <paramref name="configure"/> lets tests swap services before it is built.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.UseDefaultUrl(DefaultUrl);
        builder.AddDemoIdentity();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy("manager", p => p.RequireAssertion(c => InList(builder.Configuration["Roles:Managers"] ?? "manager", c.User)))
            .AddPolicy("eap", p => p.RequireAssertion(c => InList(builder.Configuration["Roles:Eap"] ?? "eap", c.User)));

        // Hand-offs go to the Employee Assistance Programme, never to the manager. At work, exercises that need privacy are left out.
        builder.Services.AddWellbeingKit(o => o.DefaultCountry = builder.Configuration["Kit:Country"] ?? "GB")
            .UseDefaultContent()
            .UseSqliteStorage(Path.Combine(builder.DataFolder(), "wellbeing.db"))
            .AddMLClassifiers()
            .ConfigureExerciseSelection(o => o.Exclude(
                (exercise, request) => exercise.Requires.Privacy && request.Context == "workplace", "needs privacy, and you are at work", "hr-no-privacy-at-work"))
            .UseHandoffService<EapReferrals>();
        builder.Services.AddSingleton(sp => (EapReferrals)sp.GetRequiredService<IHandoffService>());
        builder.Services.AddSingleton<TeamDashboard>();
        builder.Services.AddWellbeingKitEndpoints(o => o.ContextResolver = _ => "workplace");
        builder.Services.AddHealthChecks().AddWellbeingKitReadiness();                 // ready once the pack, models and warm-up turns are done
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/", () => Results.Redirect("/wellbeing/chat?context=workplace"));
        app.MapWellbeingKit("/wellbeing");
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });   // for the load balancer

        // The employee's own check-in: their mood goes to their own data, and (pseudonymously) to the team aggregate.
        app.MapPost("/hr/checkin", async (CheckInRequest body, HttpContext http, IUserDataStore store, TeamDashboard dashboard, TimeProvider time, IConfiguration configuration) =>
        {
            if (body.Mood is < 1 or > 5)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["mood"] = [$"The mood is {body.Mood}; it must be from 1 (very low) to 5 (very good)."] });
            }

            var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
            var now = time.GetUtcNow();
            await store.AddMoodAsync(new MoodEntry(userId, now, body.Mood, Note: null, Emotion: null), http.RequestAborted);
            dashboard.Record(new TeamCheckIn(PersonKey(userId, configuration), TeamOf(userId, configuration), body.Mood, now));
            return Results.NoContent();
        }).RequireAuthorization();

        app.MapGet("/hr/dashboard", (TeamDashboard dashboard) => Results.Ok(new
        {
            MinimumGroupSize = TeamDashboard.MinimumGroupSize,
            Note = $"Teams with fewer than {TeamDashboard.MinimumGroupSize} people who checked in are not shown. Individuals are never shown.",
            Teams = dashboard.Build(),
        })).RequireAuthorization("manager");

        app.MapGet("/eap/referrals", (EapReferrals referrals) => Results.Ok(referrals.Snapshot().Select(r => new
        {
            r.Reference,
            r.Employee,
            Level = r.Request.Level.ToString(),
            r.Request.At,
        }))).RequireAuthorization("eap");

        app.PrintBanner(
            "WellbeingKit HR sample (employee check-in, k-anonymous team dashboard, EAP referral)",
            "/wellbeing/chat?context=workplace",
            "/hr/dashboard   (as the demo user 'manager')",
            "/eap/referrals  (as the demo user 'eap')");
        return app;
    }

    /// <summary>The team of a (demo) employee: <c>Teams:{userId}</c> in configuration, else "unassigned".</summary>
    internal static string TeamOf(string userId, IConfiguration configuration) => configuration[$"Teams:{userId}"] ?? "unassigned";

    /// <summary>A keyed hash of the user id: the dashboard can count people without holding who they are.</summary>
    internal static string PersonKey(string userId, IConfiguration configuration)
    {
        var key = Encoding.UTF8.GetBytes(configuration["Dashboard:Pepper"] ?? "demo-pepper-change-me");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(userId)))[..24];
    }

    private static bool InList(string list, ClaimsPrincipal user) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(user.FindFirstValue(ClaimTypes.NameIdentifier));
}

/// <summary>The body of <c>POST /hr/checkin</c>.</summary>
/// <param name="Mood">1 (very low) to 5 (very good).</param>
internal sealed record CheckInRequest(int Mood);
