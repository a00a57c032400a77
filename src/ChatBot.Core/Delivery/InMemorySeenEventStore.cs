using System.Collections.Concurrent;

namespace ChatBot.Core.Delivery;

/// <summary>
/// Process-local <see cref="ISeenEventStore"/> for tests and for running without storage. Keeps ids for
/// <see cref="Retention"/> (Slack stops retrying well within it) and forgets older ones so memory stays bounded.
/// </summary>
public sealed class InMemorySeenEventStore(TimeProvider timeProvider) : ISeenEventStore
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(3);
    private const int PruneThreshold = 10_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public InMemorySeenEventStore()
        : this(TimeProvider.System)
    {
    }

    public ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        if (_seen.Count >= PruneThreshold)
        {
            foreach (var (id, at) in _seen)
            {
                if (now - at > Retention)
                {
                    _seen.TryRemove(id, out _);
                }
            }
        }

        return ValueTask.FromResult(_seen.TryAdd(eventId, now));
    }
}
