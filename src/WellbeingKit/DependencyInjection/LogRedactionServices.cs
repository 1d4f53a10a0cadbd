using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Privacy;

namespace WellbeingKit;

/// <summary>What both log-redaction entry points register (<see cref="LogRedactionWellbeingKitBuilderExtensions"/>, <see cref="LogRedactionLoggingBuilderExtensions"/>).</summary>
internal static class LogRedactionServices
{
    /// <summary>Registers the redactor and wraps the container's logger factory once, whichever entry point called.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the names and what to scrub.</param>
    public static void Add(IServiceCollection services, Action<LogRedactionOptions>? configure)
    {
        var options = services.AddOptions<LogRedactionOptions>()
            .Validate(o => o.Names.All(n => !string.IsNullOrWhiteSpace(n)), "LogRedactionOptions.Names must not contain empty names.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(sp => new PiiRedactor(sp.GetRequiredService<IOptions<LogRedactionOptions>>().Value));
        if (services.Any(d => d.ServiceType == typeof(RedactionMarker)))
        {
            return;
        }

        var inner = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory))
            ?? throw new InvalidOperationException("Log redaction wraps the logger factory: call services.AddLogging(...) before AddLogRedaction / AddWellbeingRedaction.");
        services.Remove(inner);
        services.AddSingleton<RedactionMarker>();
        services.AddSingleton<ILoggerFactory>(sp => new RedactingLoggerFactory(Create(sp, inner), sp.GetRequiredService<PiiRedactor>()));
    }

    private static ILoggerFactory Create(IServiceProvider sp, ServiceDescriptor descriptor)
    {
        if (descriptor.ImplementationInstance is ILoggerFactory instance)
        {
            return instance;
        }

        if (descriptor.ImplementationFactory is not null)
        {
            return (ILoggerFactory)descriptor.ImplementationFactory(sp);
        }

        return (ILoggerFactory)ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!);
    }

    private sealed class RedactionMarker;
}
