namespace ChatBot.Core.Commands;

/// <summary>
/// Bounds the commands worked on at once (<see cref="AdmissionOptions.MaxConcurrent"/>); the rest wait for a turn in
/// order, at most <see cref="AdmissionOptions.QueueLimit"/> of them and each for at most <see cref="AdmissionOptions.QueueTimeout"/>.
/// Under a burst the answers (CPU work) then do not all run at once, so the thread pool stays free to read requests and
/// send first responses on time, and an adapter defers whatever waits past its inline budget (Discord type 5, a Slack
/// acknowledgement): a wait costs the user an answer that comes a little later, never a missed 3 seconds.
/// </summary>
public sealed class AdmissionControl : IDisposable
{
    public static readonly Reply BusyReply = new()
    {
        Kind = ReplyKind.RateLimited,
        Body = "The bot is very busy right now and could not get to your request. Please ask again in a minute.",
    };

    private readonly SemaphoreSlim turns;
    private readonly AdmissionOptions options;
    private readonly TimeProvider time;
    private int waiting;

    public AdmissionControl(AdmissionOptions options, TimeProvider time)
    {
        this.options = options;
        this.time = time;
        Capacity = options.EffectiveMaxConcurrent;
        turns = new SemaphoreSlim(Capacity, Capacity);
    }

    public int Capacity { get; }

    /// <summary>Commands waiting for a turn right now.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    /// <summary>A turn, to be disposed when the work is done; null when the queue is full or the wait ran out.</summary>
    public async ValueTask<IDisposable?> EnterAsync(CancellationToken cancellationToken = default)
    {
        // SemaphoreSlim hands a released turn to the longest waiter, so this cannot overtake anyone in the queue.
        if (turns.Wait(0, CancellationToken.None))
        {
            return new Turn(turns);
        }

        if (Interlocked.Increment(ref waiting) > options.QueueLimit)
        {
            Interlocked.Decrement(ref waiting);
            return null;
        }

        try
        {
            using var deadline = new CancellationTokenSource(options.QueueTimeout, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            await turns.WaitAsync(either.Token).ConfigureAwait(false);
            return new Turn(turns);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
    }

    public void Dispose() => turns.Dispose();

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turns.Release();
            }
        }
    }
}
