using Microsoft.Extensions.Logging;

namespace ChatBot.Testing;

/// <summary>
/// Waits for a condition that background work brings about and then logs: the condition is checked again at every
/// log line instead of on a timer, so a test neither sleeps nor polls the clock.
/// </summary>
public sealed class LoggedCondition : ILoggerProvider
{
    private readonly Lock gate = new();
    private readonly List<(Func<bool> Condition, TaskCompletionSource Done)> waiters = [];

    /// <summary>Completes once <paramref name="condition"/> holds: at once, or after the log line that follows the change.</summary>
    public Task UntilAsync(Func<bool> condition)
    {
        lock (gate)
        {
            if (condition())
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((condition, done));
            return done.Task;
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private void Check()
    {
        lock (gate)
        {
            foreach (var waiter in waiters.Where(w => w.Condition()).ToList())
            {
                waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }

    private sealed class Logger(LoggedCondition owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Check();
    }
}
