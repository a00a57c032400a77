using System.Collections.Concurrent;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Replies still being delivered after the first response (deferred answers, @mention replies). A host shutdown
/// awaits <see cref="WaitForPendingAsync"/>: first the answers get a grace period, then the work is cancelled so each
/// deferred message is edited with a short "please ask again" notice, then delivery itself is cancelled.
/// </summary>
public sealed class DiscordPendingReplies : IDisposable
{
    private static readonly TimeSpan NoticePeriod = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<Task, byte> pending = new();
    private readonly CancellationTokenSource work = new();
    private readonly CancellationTokenSource delivery = new();

    /// <summary>Cancelled when the grace period is over: dispatches still running stop.</summary>
    public CancellationToken WorkToken => work.Token;

    /// <summary>Cancelled last: REST calls still running stop.</summary>
    public CancellationToken DeliveryToken => delivery.Token;

    public int Count => pending.Count;

    public void Track(Task task)
    {
        pending.TryAdd(task, 0);
        task.ContinueWith(static (t, state) => ((ConcurrentDictionary<Task, byte>)state!).TryRemove(t, out _), pending, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <returns>True when every reply was delivered within <paramref name="gracePeriod"/>.</returns>
    public async Task<bool> WaitForPendingAsync(TimeSpan gracePeriod, CancellationToken cancellationToken = default)
    {
        if (await DrainAsync(gracePeriod, cancellationToken))
        {
            return true;
        }

        await work.CancelAsync();
        await DrainAsync(NoticePeriod, cancellationToken);
        await delivery.CancelAsync();
        return false;
    }

    public void Dispose()
    {
        work.Dispose();
        delivery.Dispose();
    }

    private async Task<bool> DrainAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var all = Task.WhenAll(pending.Keys);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(all, Task.Delay(timeout, stop.Token));
        await stop.CancelAsync();
        return all.IsCompleted && pending.IsEmpty;
    }
}
