using Microsoft.Extensions.Logging;

namespace WellbeingKit.Privacy;

internal sealed class RedactingLoggerFactory(ILoggerFactory inner, PiiRedactor redactor) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redactor);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
