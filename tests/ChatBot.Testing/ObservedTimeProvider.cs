using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Testing;

/// <summary>A <see cref="FakeTimeProvider"/> that also reports every timer created, so a test can wait for a delay to be scheduled.</summary>
public sealed class ObservedTimeProvider : TimeProvider
{
    /// <summary>How long a test waits for a timer that should be created at once; a safety net, never a result.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly ConcurrentQueue<(TimeSpan Due, TaskCompletionSource<TimeSpan> Done, Func<TimeSpan, bool> Match)> waiters = new();

    public FakeTimeProvider Fake { get; } = new(DateTimeOffset.UtcNow);

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    /// <summary>Completes with the due time of the first timer created from now on that matches.</summary>
    public Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> match)
    {
        var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters.Enqueue((TimeSpan.Zero, done, match));
        return done.Task.WaitAsync(Patience);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        foreach (var waiter in waiters.Where(w => !w.Done.Task.IsCompleted && w.Match(dueTime)))
        {
            waiter.Done.TrySetResult(dueTime);
        }

        return timer;
    }
}
