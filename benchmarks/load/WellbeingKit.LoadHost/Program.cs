using WellbeingKit;
using System.Net;

// The host of the load test (benchmarks/load/run.sh): what the education sample runs (default pack, lexicon + ML
// screening, the HTTP endpoints) on SQLite or PostgreSQL, listening on 127.0.0.1 only. The user is the X-Load-User
// header: a load-test convenience, never for real people.
//   --store sqlite --path <file>            (keys in <file>.keys)
//   --store postgres --connection <string> --keys <file>
//   --port <n>
var builder = WebApplication.CreateBuilder(args);
var port = int.Parse(builder.Configuration["port"] ?? "5390", System.Globalization.CultureInfo.InvariantCulture);
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
builder.Logging.SetMinimumLevel(LogLevel.Warning);

var kit = builder.Services.AddWellbeingKit(o => o.DefaultCountry = "GB").UseDefaultContent().AddMLClassifiers();
var store = builder.Configuration["store"] ?? "sqlite";
if (store == "sqlite")
{
    kit.UseSqliteStorage(builder.Configuration["path"] ?? throw new InvalidOperationException("--path <sqlite file> is required"));
}
else if (store == "postgres")
{
    kit.UsePostgresStorage(o =>
    {
        o.ConnectionString = builder.Configuration["connection"] ?? throw new InvalidOperationException("--connection <npgsql connection string> is required");
        o.KeyFile = builder.Configuration["keys"] ?? throw new InvalidOperationException("--keys <key file> is required");
    });
}
else
{
    throw new InvalidOperationException($"--store must be sqlite or postgres, not '{store}'");
}

builder.Services.AddWellbeingKitEndpoints(o =>
{
    o.UserIdResolver = http => http.Request.Headers["X-Load-User"].FirstOrDefault();
    o.ContextResolver = _ => "class";
});
#if !BASELINE
builder.Services.AddHealthChecks().AddWellbeingKitReadiness();
#endif

var app = builder.Build();
app.MapWellbeingKit("/wellbeing");
#if BASELINE
app.MapGet("/health/ready", () => "ready (baseline build: no readiness check)");
#else
app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
#endif
app.Run();
