namespace ChatBot.Core.Commands;

/// <summary>
/// Bounds the commands worked on at once (<see cref="AdmissionOptions.MaxConcurrent"/>); the rest wait for a turn, at
/// most <see cref="AdmissionOptions.QueueLimit"/> of them and each for at most <see cref="AdmissionOptions.QueueTimeout"/>.
/// An adapter defers whatever waits past its inline budget (Discord type 5, a Slack acknowledgement), so a wait costs
/// the user an answer that comes a little later, never a missed 3 seconds. While the queue is short, turns go in order.
/// Once its oldest has waited <see cref="CongestedAfter"/>, the newest goes first: it can still be answered within the
/// budget, while the old ones are deferred already and lose little by waiting — until <see cref="AdmissionOptions.OverdueAfter"/>,
/// after which the oldest go first again. First come first served would keep every new request waiting behind the
/// deferred ones, so that each is deferred in turn, and a burst would never drain.
/// </summary>
public sealed class AdmissionControl
{
    public static readonly TimeSpan CongestedAfter = TimeSpan.FromSeconds(1);

    public static readonly Reply BusyReply = new()
    {
        Kind = ReplyKind.RateLimited,
        Body = "The bot is very busy right now and could not get to your request. Please ask again in a minute.",
    };

    private readonly Lock gate = new();
    private readonly LinkedList<Waiter> queue = new();
    private readonly AdmissionOptions options;
    private readonly TimeProvider time;
    private int working;

    public AdmissionControl(AdmissionOptions options, TimeProvider time)
    {
        this.options = options;
        this.time = time;
        Capacity = options.EffectiveMaxConcurrent;
    }

    public int Capacity { get; }

    /// <summary>Commands waiting for a turn right now.</summary>
    public int Waiting
    {
        get
        {
            lock (gate)
            {
                return queue.Count;
            }
        }
    }

    /// <summary>A turn, to be disposed when the work is done; null when the queue is full or the wait ran out.</summary>
    public async ValueTask<IDisposable?> EnterAsync(CancellationToken cancellationToken = default)
    {
        var waiter = new Waiter(time.GetTimestamp());
        lock (gate)
        {
            if (working < Capacity && queue.Count == 0)
            {
                working++;
                return new Turn(this);
            }

            if (queue.Count >= options.QueueLimit)
            {
                return null;
            }

            waiter.Node = queue.AddLast(waiter);
        }

        await using (time.CreateTimer(_ => Abandon(waiter), null, options.QueueTimeout, Timeout.InfiniteTimeSpan))
        await using (cancellationToken.Register(() => Abandon(waiter)))
        {
            if (await waiter.Admitted.Task.ConfigureAwait(false))
            {
                return new Turn(this);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return null;
    }

    private void Abandon(Waiter waiter)
    {
        lock (gate)
        {
            if (waiter.Node?.List is null)
            {
                return; // already given a turn
            }

            queue.Remove(waiter.Node);
        }

        waiter.Admitted.TrySetResult(false);
    }

    /// <summary>Hands the turn to the next waiter, or gives it back.</summary>
    private void Release()
    {
        Waiter next;
        lock (gate)
        {
            if (queue.First is not { } oldest)
            {
                working--;
                return;
            }

            var waited = time.GetElapsedTime(oldest.Value.QueuedAt);
            next = waited < CongestedAfter || waited >= options.OverdueAfter ? oldest.Value : queue.Last!.Value;
            queue.Remove(next.Node!);
        }

        next.Admitted.TrySetResult(true);
    }

    private sealed class Waiter(long queuedAt)
    {
        public long QueuedAt { get; } = queuedAt;

        public LinkedListNode<Waiter>? Node { get; set; }

        public TaskCompletionSource<bool> Admitted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Turn(AdmissionControl owner) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                owner.Release();
            }
        }
    }
}
