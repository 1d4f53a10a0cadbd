using System.Net;
using System.Security.Claims;
using System.Text;
using WellbeingKit.Care;
using WellbeingKit.Handoff;

namespace WellbeingKit.Samples.Education;

/// <summary>
/// Student check-in before exams. <c>dotnet run --project samples/WellbeingKit.Samples.Education</c>, then open the printed URL.
/// </summary>
public static class Program
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static void Main(string[] args) => Create(args).Run();

    /// <summary>Builds the host; <paramref name="configure"/> lets tests swap services before it is built.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.UseDefaultUrl(DefaultUrl);
        builder.AddKeyedPseudonyms();                                                   // no pepper outside Development: no start
        builder.AddDemoIdentity();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy("counsellor", policy => policy.RequireAssertion(context =>
                Counsellors(builder.Configuration).Contains(context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "")));

        // Check-ins the student asked for ("start check-ins"): kept in App_Data/checkins.db and shown on the next visit.
        builder.Services.AddSingleton(sp => new WebCheckIns(Path.Combine(builder.DataFolder(), "checkins.db"), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IOutboundChannel>(sp => sp.GetRequiredService<WebCheckIns>());

        // The kit, with the school's hand-off: escalations go to the counsellors' queue.
        builder.Services.AddWellbeingKit(o => o.DefaultCountry = builder.Configuration["Kit:Country"] ?? "GB")
            .UseDefaultContent()                                                        // the embedded pack: no network needed
            .UseSqliteStorage(Path.Combine(builder.DataFolder(), "wellbeing.db"))      // App_Data/wellbeing.db (+ .keys)
            .AddMLClassifiers()                                                         // ML crisis detector beside the lexicon, and emotions
            .UseHandoffService<CounsellorQueue>()
            .AddCheckIns<WebCheckIns>();                                                // the CheckInScheduler hosted service
        builder.Services.AddSingleton(sp => (CounsellorQueue)sp.GetRequiredService<IHandoffService>());
        builder.Services.AddHttpContextAccessor();                                      // the queue names the signed-in student (memory only)
        builder.Services.AddWellbeingKitEndpoints(o =>
        {
            o.ContextResolver = _ => "class";
            o.UserIdResolver = http => SampleHost.PseudonymousUserId(http, CounsellorQueue.StudentKind);   // the store never holds the student id
        });
        builder.Services.AddHealthChecks().AddWellbeingKitReadiness();                 // ready once the pack, models and warm-up turns are done
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        WebCheckIns.MapOnNextVisit(app, "/wellbeing");
        app.MapGet("/", () => Results.Redirect("/wellbeing/chat"));
        app.MapWellbeingKit("/wellbeing");
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });   // for the load balancer
        MapCounsellorQueue(app);
        app.PrintBanner("WellbeingKit education sample (student check-in before exams)", "/wellbeing/chat", "/counsellor/queue  (as the demo user 'counsellor')");
        return app;
    }

    private static HashSet<string> Counsellors(IConfiguration configuration) =>
        [.. (configuration["Counsellors:Ids"] ?? "counsellor").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static void MapCounsellorQueue(WebApplication app)
    {
        var queue = app.MapGroup("/counsellor").RequireAuthorization("counsellor");
        queue.MapGet("/queue.json", (CounsellorQueue q) => TypedResults.Ok(q.Snapshot().Select(r => new
        {
            r.Ticket,
            Status = r.Status.ToString(),
            r.Student,
            Level = r.Request.Level.ToString(),
            Categories = r.Request.Categories.Select(c => c.ToString()),
            r.Request.Locale,
            r.Request.At,
        })));
        queue.MapGet("/queue", (CounsellorQueue q) =>
        {
            var html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Counsellor queue</title></head><body style="font-family:system-ui;max-width:760px;margin:auto;padding:12px">
                <h1>Counsellor queue</h1><p>Students who asked for a person. No message text is shown here: talk to the student.</p>
                <table style="width:100%;border-collapse:collapse" border="1" cellpadding="6"><tr><th>Ticket</th><th>Student</th><th>Level</th><th>Since</th><th>Status</th></tr>
                """);
            foreach (var r in q.Snapshot())
            {
                html.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"<tr><td>{WebUtility.HtmlEncode(r.Ticket)}</td><td>{WebUtility.HtmlEncode(r.Student)}</td><td>{r.Request.Level}</td><td>{r.Request.At:yyyy-MM-dd HH:mm} UTC</td><td>{r.Status}</td></tr>");
            }

            html.Append("</table></body></html>");
            return Results.Content(html.ToString(), "text/html; charset=utf-8");
        });
        queue.MapPost("/queue/{ticket}/accept", (string ticket, CounsellorQueue q) =>
            q.Accept(ticket) ? Results.NoContent() : Results.Problem(statusCode: 404, title: "No such ticket", detail: $"There is no request '{ticket}' on the queue."));
    }
}
