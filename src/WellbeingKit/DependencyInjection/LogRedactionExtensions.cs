using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Privacy;

namespace WellbeingKit;

/// <summary>Adds log redaction: every <c>ILogger</c> message, structured value, scope and exception text is scrubbed before any provider sees it.</summary>
public static class LogRedactionExtensions
{
    /// <summary>
    /// Scrubs e-mail addresses, phone numbers and the configured names from everything logged through the container's
    /// <see cref="ILoggerFactory"/>, whatever the providers (console, files, OpenTelemetry). Call after <c>services.AddLogging()</c>.
    /// </summary>
    /// <param name="builder">The kit's builder.</param>
    /// <param name="configure">Sets the names and what to scrub.</param>
    /// <returns>The builder.</returns>
    public static WellbeingKitBuilder AddLogRedaction(this WellbeingKitBuilder builder, Action<LogRedactionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddRedaction(builder.Services, configure);
        return builder;
    }

    /// <summary>Scrubs e-mail addresses, phone numbers and the configured names from every log message of this logging set-up.</summary>
    /// <param name="builder">The logging builder.</param>
    /// <param name="configure">Sets the names and what to scrub.</param>
    /// <returns>The builder.</returns>
    public static ILoggingBuilder AddWellbeingRedaction(this ILoggingBuilder builder, Action<LogRedactionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddRedaction(builder.Services, configure);
        return builder;
    }

    private static void AddRedaction(IServiceCollection services, Action<LogRedactionOptions>? configure)
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
