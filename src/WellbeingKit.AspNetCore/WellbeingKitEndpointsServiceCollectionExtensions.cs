using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WellbeingKit.AspNetCore;
using WellbeingKit.AspNetCore.Internal;

// Extension methods live in the namespace of what they extend, as Microsoft.Extensions does.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds the services of the WellbeingKit HTTP endpoints.</summary>
public static class WellbeingKitEndpointsServiceCollectionExtensions
{
    /// <summary>
    /// Adds what <c>app.MapWellbeingKit(prefix)</c> needs: its options (validated at start-up) and the per-user rate limiter.
    /// The kit itself is added with <c>services.AddWellbeingKit()</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (user id resolver, policy, limits).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddWellbeingKitEndpoints(this IServiceCollection services, Action<WellbeingKitEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<WellbeingKitEndpointOptions>().ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UserRateLimiter>();
        services.TryAddSingleton<SafetyInfo>();
        services.TryAddSingleton<ChatPage>();
        services.AddAntiforgery(); // the page's form (without JavaScript) and its "delete my conversation" form
        return services;
    }
}
