using System.Collections.Concurrent;

using ChatBot.Slack.Configuration;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Runs answers that outlive the 3-second acknowledgement, each in its own DI scope, and lets host shutdown wait
/// for them (bounded by <see cref="SlackOptions.ShutdownTimeout"/>) before cancelling the rest.
/// </summary>
public sealed class SlackBackgroundWork(IServiceScopeFactory scopes, IOptions<SlackOptions> options, TimeProvider timeProvider, ILogger<SlackBackgroundWork> logger)
    : IHostedService
{
    // Never disposed: it has no timer, and the host may call StopAsync after disposing its services.
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private long _next;

    public int InFlight => _running.Count;

    /// <summary>Starts work whose result the caller awaits (and whose failure it handles).</summary>
    public Task<T> Start<T>(Func<IServiceProvider, CancellationToken, Task<T>> work)
    {
        var task = Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await work(scope.ServiceProvider, _stopping.Token).ConfigureAwait(false);
        });
        Track(task);
        return task;
    }

    /// <summary>Starts fire-and-forget work; a failure is logged, never surfaced.</summary>
    public void Start(string name, Func<IServiceProvider, CancellationToken, Task> work)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await work(scope.ServiceProvider, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                SlackLog.BackgroundCancelled(logger, name);
            }
            catch (Exception exception)
            {
                SlackLog.BackgroundFailed(logger, name, exception);
            }
        });
        Track(task);
    }

    /// <summary>Completes when nothing is running (tests and graceful shutdown).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        while (!_running.IsEmpty)
        {
            await Task.WhenAll(_running.Values).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WhenIdleAsync(cancellationToken).WaitAsync(options.Value.ShutdownTimeout, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            SlackLog.ShutdownAbandoned(logger, _running.Count);
        }
        finally
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
    }

    private void Track(Task task)
    {
        var id = Interlocked.Increment(ref _next);
        _running[id] = task;
        task.ContinueWith(_ => _running.TryRemove(id, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
