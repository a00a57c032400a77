using System.Collections.Concurrent;

using Microsoft.Extensions.Logging;

namespace ChatBot.Testing;

/// <summary>
/// Keeps every log line (with exception text) so tests can check that secrets never reach the logs, and signals each
/// new line (<see cref="NextEntry"/>) so a test can wait for what a component logs after it changes, without polling.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Entries { get; } = new();

    /// <summary>Completes when the next line is logged (take it before checking, so no line is missed).</summary>
    public Task NextEntry => Volatile.Read(ref next).Task;

    /// <summary>
    /// Waits for a condition the code under test makes true just before it logs: checked again after each line instead
    /// of polling the clock; the 15 s is only a safety net for a broken test.
    /// </summary>
    public async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var line = NextEntry;
            if (condition())
            {
                return;
            }

            await line.WaitAsync(timeout.Token);
        }
    }

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

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            owner.Entries.Enqueue((logLevel, category, $"{formatter(state, exception)} {exception}"));
            Interlocked.Exchange(ref owner.next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }
}
