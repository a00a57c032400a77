using System.Collections.Concurrent;

namespace ChatBot.IntegrationTests.Discord.Support;

/// <summary>
/// A clock whose short timers (retry delays, rate-limit waits) fire at once while the requested delays are recorded,
/// to prove waits without waiting. Long timers (per-attempt timeouts) run on the real clock.
/// </summary>
internal sealed class InstantTimeProvider : TimeProvider
{
    private static readonly TimeSpan InstantUpTo = TimeSpan.FromSeconds(10);

    public ConcurrentQueue<TimeSpan> RequestedDelays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan || dueTime > InstantUpTo)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        RequestedDelays.Enqueue(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
