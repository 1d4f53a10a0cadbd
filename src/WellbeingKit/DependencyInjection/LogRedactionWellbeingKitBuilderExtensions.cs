using Microsoft.Extensions.Logging;
using WellbeingKit.Privacy;

namespace WellbeingKit;

/// <summary>Adds log redaction to the kit's builder: every <c>ILogger</c> message, structured value, scope and exception text is scrubbed before any provider sees it.</summary>
public static class LogRedactionWellbeingKitBuilderExtensions
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
        LogRedactionServices.Add(builder.Services, configure);
        return builder;
    }
}
