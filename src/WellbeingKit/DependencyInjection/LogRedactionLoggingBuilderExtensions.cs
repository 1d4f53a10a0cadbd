using Microsoft.Extensions.Logging;
using WellbeingKit.Privacy;

namespace WellbeingKit;

/// <summary>Adds the kit's log redaction to a logging set-up: every message, structured value, scope and exception text is scrubbed before any provider sees it.</summary>
public static class LogRedactionLoggingBuilderExtensions
{
    /// <summary>Scrubs e-mail addresses, phone numbers and the configured names from every log message of this logging set-up.</summary>
    /// <param name="builder">The logging builder.</param>
    /// <param name="configure">Sets the names and what to scrub.</param>
    /// <returns>The builder.</returns>
    public static ILoggingBuilder AddWellbeingRedaction(this ILoggingBuilder builder, Action<LogRedactionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        LogRedactionServices.Add(builder.Services, configure);
        return builder;
    }
}
