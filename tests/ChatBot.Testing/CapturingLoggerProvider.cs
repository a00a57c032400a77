using System.Collections.Concurrent;

using Microsoft.Extensions.Logging;

namespace ChatBot.Testing;

/// <summary>Keeps every log line (with exception text) so tests can check that secrets never reach the logs.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Entries { get; } = new();

    public string AllText => string.Join('\n', Entries.Select(e => $"{e.Level} {e.Category} {e.Text}"));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((logLevel, category, $"{formatter(state, exception)} {exception}"));
    }
}
