using System.Collections.Concurrent;

namespace ChatBot.Core.Delivery;

/// <summary>
/// Replies still being prepared or delivered after the first response, and the two tokens a shutdown cancels in
/// turn: first the work (dispatches still running end in a "please ask again" reply), then the delivery itself.
/// </summary>
internal sealed class PendingDeliveries : IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> pending = new();
    private readonly CancellationTokenSource work = new();
    private readonly CancellationTokenSource delivery = new();

    public CancellationToken WorkToken => work.Token;

    public CancellationToken DeliveryToken => delivery.Token;

    public int Count => pending.Count;

    public void Track(Task task)
    {
        pending.TryAdd(task, 0);
        task.ContinueWith(static (t, state) => ((ConcurrentDictionary<Task, byte>)state!).TryRemove(t, out _), pending, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <returns>True when everything tracked finished within <paramref name="timeout"/>.</returns>
    public async Task<bool> DrainAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var all = Task.WhenAll(pending.Keys);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(all, Task.Delay(timeout, time, stop.Token));
        await stop.CancelAsync();
        return all.IsCompleted && pending.IsEmpty;
    }

    /// <summary>Completes when nothing is pending, including work started while waiting.</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (!pending.IsEmpty)
        {
            await Task.WhenAll(pending.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
        }
    }

    public Task CancelWorkAsync() => work.CancelAsync();

    public Task CancelDeliveryAsync() => delivery.CancelAsync();

    public void Dispose()
    {
        work.Dispose();
        delivery.Dispose();
    }
}
