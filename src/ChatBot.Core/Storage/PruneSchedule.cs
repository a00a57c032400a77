namespace ChatBot.Core.Storage;

/// <summary>Says when expired records are due to be pruned: at most once per interval on the given clock, for one caller at a time.</summary>
public sealed class PruneSchedule(TimeProvider time, TimeSpan interval)
{
    private long nextTicks;

    /// <summary>True for exactly one caller once the interval has passed since the last prune (and on the first call).</summary>
    public bool IsDue()
    {
        var now = time.GetUtcNow().UtcTicks;
        var due = Interlocked.Read(ref nextTicks);
        return now >= due && Interlocked.CompareExchange(ref nextTicks, now + interval.Ticks, due) == due;
    }
}
