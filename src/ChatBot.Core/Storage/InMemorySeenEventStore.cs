using System.Collections.Concurrent;

namespace ChatBot.Core.Storage;

/// <summary>Seen event ids in memory: for tests, and the fallback when the database cannot be opened.</summary>
public sealed class InMemorySeenEventStore(TimeProvider time, TimeSpan? keepFor = null) : ISeenEventStore
{
    /// <summary>Slack redelivers an event for at most a day (hourly with "Delayed Events" on), so a day is enough.</summary>
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly TimeSpan retention = keepFor ?? DefaultRetention;
    private readonly PruneSchedule prune = new(time, TimeSpan.FromMinutes(1));

    public int Count => seen.Count;

    public ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (prune.IsDue())
        {
            foreach (var entry in seen)
            {
                if (now - entry.Value > retention)
                {
                    seen.TryRemove(entry);
                }
            }
        }

        return ValueTask.FromResult(seen.TryAdd(eventId, now));
    }
}
