using System.Collections.Concurrent;

namespace ChatBot.Core.Storage;

/// <summary>Replay records in memory: for tests, hosts without a database, and the fallback when the database fails.</summary>
public sealed class InMemoryReplayStore(TimeProvider time) : IReplayStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> records = new(StringComparer.Ordinal);
    private readonly PruneSchedule prune = new(time, TimeSpan.FromMinutes(1));

    public int Count => records.Count;

    public ValueTask<bool> TryRecordAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (prune.IsDue())
        {
            foreach (var record in records)
            {
                if (record.Value <= now)
                {
                    // Only if unchanged: a record renewed meanwhile stays.
                    records.TryRemove(record);
                }
            }
        }

        while (true)
        {
            if (records.TryAdd(key, expiresAt))
            {
                return ValueTask.FromResult(true);
            }

            if (records.TryGetValue(key, out var until))
            {
                if (until > now)
                {
                    return ValueTask.FromResult(false);
                }

                if (records.TryUpdate(key, expiresAt, until))
                {
                    return ValueTask.FromResult(true);
                }
            }
        }
    }
}
