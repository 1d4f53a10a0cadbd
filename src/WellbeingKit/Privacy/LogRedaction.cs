using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WellbeingKit.Privacy;

/// <summary>What the log redaction scrubs. Set with <c>builder.AddLogRedaction(o => o.Names.Add("Alice"))</c>.</summary>
public sealed class LogRedactionOptions
{
    /// <summary>Names (people, places, organisations) to scrub, matched as whole words, case-insensitively.</summary>
    public IList<string> Names { get; } = [];

    /// <summary>Whether e-mail addresses are scrubbed (default true).</summary>
    public bool RedactEmails { get; set; } = true;

    /// <summary>Whether phone numbers are scrubbed (default true): international (+44 20 7946 0958) and local (555-123-4567, (555) 123-4567) forms.</summary>
    public bool RedactPhoneNumbers { get; set; } = true;
}

/// <summary>Scrubs e-mail addresses, phone numbers and listed names from text. Thread-safe.</summary>
public sealed partial class PiiRedactor
{
    /// <summary>What replaces an e-mail address.</summary>
    public const string EmailMarker = "[email]";

    /// <summary>What replaces a phone number.</summary>
    public const string PhoneMarker = "[phone]";

    /// <summary>What replaces a listed name.</summary>
    public const string NameMarker = "[name]";

    private readonly bool _emails;
    private readonly bool _phones;
    private readonly Regex? _names;

    /// <summary>Creates a redactor.</summary>
    /// <param name="options">What to scrub.</param>
    public PiiRedactor(LogRedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _emails = options.RedactEmails;
        _phones = options.RedactPhoneNumbers;
        var names = new List<string>();
        for (var i = 0; i < options.Names.Count; i++)
        {
            var name = options.Names[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"LogRedactionOptions.Names[{i}] is empty: list only the names to scrub.", nameof(options));
            }

            names.Add(Regex.Escape(name.Trim()));
        }

        if (names.Count > 0)
        {
            // Longest first, so "Ann Lee" wins over "Ann".
            var pattern = @"(?<!\w)(?:" + string.Join('|', names.OrderByDescending(n => n.Length)) + @")(?!\w)";
            _names = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Returns <paramref name="text"/> with e-mail addresses, phone numbers and listed names replaced by markers.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The scrubbed text.</returns>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_emails)
        {
            text = EmailPattern().Replace(text, EmailMarker);
        }

        if (_phones)
        {
            text = PhonePattern().Replace(text, static m => LooksLikePhone(m.Value) ? PhoneMarker : m.Value);
        }

        if (_names is not null)
        {
            text = _names.Replace(text, NameMarker);
        }

        return text;
    }

    private static bool LooksLikePhone(string candidate)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        if (candidate.StartsWith('+'))
        {
            return digits is >= 8 and <= 15;
        }

        // Not an ISO date (2026-11-26) or a time stamp's date part.
        return digits is >= 9 and <= 15 && !DatePattern().IsMatch(candidate);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,5}(?![\w])|\+\d{8,15}(?!\w)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DatePattern();
}

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

internal sealed class RedactingLoggerFactory(ILoggerFactory inner, PiiRedactor redactor) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redactor);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}

internal sealed class RedactingLogger(ILogger inner, PiiRedactor redactor) : ILogger
{
    private const string OriginalFormat = "{OriginalFormat}";

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
        => inner.BeginScope(RedactState(state, Convert.ToString(state, CultureInfo.InvariantCulture) ?? ""));

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var redacted = RedactState(state, formatter(state, exception));
        var scrubbedException = exception is null ? null : new RedactedException(exception, redactor);
        inner.Log(logLevel, eventId, redacted, scrubbedException, static (s, _) => s.Message);
    }

    private RedactedState RedactState<TState>(TState state, string message)
    {
        var values = new List<KeyValuePair<string, object?>>();
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var pair in pairs)
            {
                var value = pair.Value is null ? null : redactor.Redact(Convert.ToString(pair.Value, CultureInfo.InvariantCulture) ?? "");
                values.Add(new(pair.Key, value));
            }
        }

        if (!values.Any(v => v.Key == OriginalFormat))
        {
            values.Add(new(OriginalFormat, redactor.Redact(message)));
        }

        return new RedactedState(redactor.Redact(message), values);
    }
}

internal sealed class RedactedState(string message, IReadOnlyList<KeyValuePair<string, object?>> values) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public string Message { get; } = message;

    public int Count => values.Count;

    public KeyValuePair<string, object?> this[int index] => values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Message;
}

/// <summary>Stands in for a logged exception, with its message and stack trace scrubbed.</summary>
internal sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException(Exception original, PiiRedactor redactor)
        : base(redactor.Redact(original.Message))
    {
        _text = redactor.Redact(original.ToString());
    }

    public RedactedException()
    {
        _text = "";
    }

    public RedactedException(string message)
        : base(message)
    {
        _text = message;
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
        _text = message;
    }

    public override string? StackTrace => null;

    public override string ToString() => _text;
}
