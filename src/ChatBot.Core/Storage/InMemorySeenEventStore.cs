using System.Collections.Concurrent;

namespace ChatBot.Core.Storage;

/// <summary>Seen event ids in memory: for tests, and the fallback when the database cannot be opened.</summary>
public sealed class InMemorySeenEventStore(TimeProvider time, TimeSpan? keepFor = null) : ISeenEventStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly TimeSpan retention = keepFor ?? TimeSpan.FromHours(24);

    public ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (seen.Count > 10_000)
        {
            foreach (var (id, at) in seen)
            {
                if (now - at > retention)
                {
                    seen.TryRemove(id, out _);
                }
            }
        }

        return ValueTask.FromResult(seen.TryAdd(eventId, now));
    }
}
