using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WellbeingKit.Tests;

/// <summary>A logger provider that keeps every entry (level, formatted message, state, exception text) and scope.</summary>
internal sealed class ListSink : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> State, string? Exception)> Entries { get; } = new();

    public ConcurrentQueue<string> Scopes { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(ListSink sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            sink.Scopes.Enqueue(state.ToString()!);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var pairs = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            sink.Entries.Enqueue((logLevel, formatter(state, exception), pairs, exception?.ToString()));
        }
    }
}
