using Microsoft.Extensions.DependencyInjection.Extensions;
using WellbeingKit.Conversations;
using WellbeingKit.Care;
using WellbeingKit.Handoff;
using WellbeingKit.UserData;

namespace WellbeingKit.Samples.HR;

/// <summary>
/// Employee check-in, a weekly team dashboard that cannot be de-anonymised, and confidential referral to an Employee
/// Assistance Programme instead of the manager. <c>dotnet run --project samples/WellbeingKit.Samples.HR</c>.
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
        builder.AddKeyedPseudonyms();                                                   // no pepper outside Development: no start
        builder.AddDemoIdentity();
        var data = builder.DataFolder();

        // Hand-offs go to the Employee Assistance Programme, never to the manager. At work, exercises that need privacy are left out.
        builder.Services.AddWellbeingKit(o => o.DefaultCountry = builder.Configuration["Kit:Country"] ?? "GB")
            .UseDefaultContent()
            .UseSqliteStorage(Path.Combine(data, "wellbeing.db"))
            .AddMLClassifiers()
            .ConfigureExerciseSelection(o => o.Exclude(
                (exercise, request) => exercise.Requires.Privacy && request.Context == "workplace", "needs privacy, and you are at work", "hr-no-privacy-at-work"))
            .UseHandoffService<EapReferrals>()
            .UsePeerSupport<HrPeerSupporters>();                                       // "peer support" finds a colleague who volunteered
        var kit = builder.Services.Last(d => d.ServiceType == typeof(IWellbeingKit)).ImplementationFactory!;   // the kit with care (peer support, check-ins)
        builder.Services.Replace(ServiceDescriptor.Singleton<IWellbeingKit>(sp =>
            new EapAwareKit((IWellbeingKit)kit(sp), sp.GetRequiredService<IHandoffService>(), sp.GetRequiredService<TimeProvider>())));
        builder.Services.AddSingleton(_ => new HrStore(Path.Combine(data, "hr.db")));
        builder.Services.AddSingleton<HrDirectory>();
        builder.Services.AddOptions<DashboardOptions>().Bind(builder.Configuration.GetSection("Dashboard"))
            .Validate(o => o.MinimumGroupSize >= TeamDashboard.Floor, $"Dashboard:MinimumGroupSize must be at least {TeamDashboard.Floor} (default 5).")
            .Validate(o => o.Epsilon is null or > 0, "Dashboard:Epsilon must be positive when set.")
            .ValidateOnStart();
        builder.Services.AddSingleton<DashboardSnapshots>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DashboardSnapshots>());
        builder.Services.AddWellbeingKitEndpoints(o =>
        {
            o.ContextResolver = _ => "workplace";
            o.UserIdResolver = http => SampleHost.PseudonymousUserId(http, HrDirectory.Kind);   // the store never holds the employee id
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy("dashboard", p => p.RequireAssertion(c => Directory(c).IsHrOrManager(c.User)))
            .AddPolicy("hr", p => p.RequireAssertion(c => Directory(c).IsHr(c.User)))
            .AddPolicy("eap", p => p.RequireAssertion(c => Directory(c).IsEap(c.User)));
        builder.Services.AddHealthChecks().AddWellbeingKitReadiness();                 // ready once the pack, models and warm-up turns are done
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/", () => Results.Redirect("/wellbeing/chat?context=workplace"));
        app.MapWellbeingKit("/wellbeing");
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });   // for the load balancer

        // The employee's own check-in: stored in the kit's store under their pseudonym, like the chat's mood check-ins.
        app.MapPost("/hr/checkin", async (CheckInRequest body, HttpContext http, IUserDataStore store, TimeProvider time) =>
        {
            if (body.Mood is < 1 or > 5)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["mood"] = [$"The mood is {body.Mood}; it must be from 1 (very low) to 5 (very good)."] });
            }

            var userId = SampleHost.PseudonymousUserId(http, HrDirectory.Kind)!;
            await store.AddMoodAsync(new MoodEntry(userId, time.GetUtcNow(), body.Mood, Note: null, Emotion: null), http.RequestAborted);
            return Results.NoContent();
        }).RequireAuthorization();

        // Everything kept about the employee, referrals included.
        app.MapGet("/hr/my-data", async (HttpContext http, IUserDataStore store, HrStore hr) =>
        {
            var userId = SampleHost.PseudonymousUserId(http, HrDirectory.Kind)!;
            var export = await store.ExportAsync(userId, http.RequestAborted);
            return Results.Ok(new { Kit = export, EapReferrals = hr.Referrals(userId).Select(r => new { r.Reference, Level = r.Level.ToString(), r.Reason, r.At }) });
        }).RequireAuthorization();

        app.MapGet("/hr/dashboard", (HttpContext http, HrStore hr, HrDirectory directory, Microsoft.Extensions.Options.IOptions<DashboardOptions> options) =>
            Results.Content(HrPages.Dashboard(hr.LatestSnapshot(), directory.VisibleTeams(http.User), options.Value.MinimumGroupSize, options.Value.Epsilon), "text/html; charset=utf-8"))
            .RequireAuthorization("dashboard");

        app.MapGet("/hr/dashboard.json", (HttpContext http, HrStore hr, HrDirectory directory) =>
        {
            var snapshot = hr.LatestSnapshot();
            var visible = directory.VisibleTeams(http.User);
            return Results.Ok(new
            {
                snapshot?.PeriodStart,
                snapshot?.PeriodEnd,
                snapshot?.PublishedAt,
                Teams = (snapshot?.Teams ?? []).Where(t => visible is null || visible.Contains(t.Team)),
            });
        }).RequireAuthorization("dashboard");

        app.MapPost("/hr/snapshots", async (DashboardSnapshots snapshots, HttpContext http) =>
        {
            var snapshot = await snapshots.PublishAsync(http.RequestAborted);
            return Results.Ok(new { snapshot.Id, snapshot.PublishedAt, Teams = snapshot.Teams.Count });
        }).RequireAuthorization("hr");

        app.MapGet("/hr/privacy", () => Results.Content(HrPages.Privacy(), "text/html; charset=utf-8"));

        app.MapGet("/eap/referrals", (HrStore hr, HrDirectory directory) =>
        {
            var people = directory.EmployeesByPseudonym();
            return Results.Ok(hr.Referrals().Select(r => new { r.Reference, Employee = people.GetValueOrDefault(r.UserId), Level = r.Level.ToString(), r.Reason, r.At }));
        }).RequireAuthorization("eap");

        app.PrintBanner(
            "WellbeingKit HR sample (employee check-in, weekly team dashboard that protects individuals, EAP referral)",
            "/wellbeing/chat?context=workplace",
            "/hr/dashboard   (as the demo user 'manager' or 'hr'; POST /hr/snapshots as 'hr' publishes now)",
            "/eap/referrals  (as the demo user 'eap')",
            "/hr/privacy");
        return app;
    }

    private static HrDirectory Directory(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext context) =>
        ((HttpContext)context.Resource!).RequestServices.GetRequiredService<HrDirectory>();
}
