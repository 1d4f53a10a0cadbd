using System.Globalization;
using Microsoft.Extensions.Logging;

namespace WellbeingKit.Privacy;

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
