using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using WellbeingKit.AspNetCore.Internal;

// Extension methods live in the namespace of what they extend, as Microsoft.Extensions does.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds the kit's readiness check to ASP.NET Core health checks.</summary>
public static class WellbeingKitHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a readiness check that reports <see cref="HealthStatus.Unhealthy"/> until the host has warmed up: the content
    /// pack and screening models loaded and a few ordinary warm-up turns run through the kit (for a throw-away user,
    /// erased afterwards). A fresh host otherwise answers its first seconds of traffic slowly. Map it for the load
    /// balancer, for example
    /// <c>app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") })</c>.
    /// </summary>
    /// <param name="builder">The health checks builder (<c>services.AddHealthChecks()</c>).</param>
    /// <param name="name">The check's name (default <c>wellbeingkit</c>).</param>
    /// <param name="tags">The check's tags (default <c>ready</c>).</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddWellbeingKitReadiness(this IHealthChecksBuilder builder, string name = "wellbeingkit", IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        if (!services.Any(d => d.ServiceType == typeof(KitWarmup)))
        {
            services.AddSingleton<KitWarmup>();
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<KitWarmup>());
        }

        return builder.AddCheck<KitReadinessCheck>(name, HealthStatus.Unhealthy, tags ?? ["ready"]);
    }
}
