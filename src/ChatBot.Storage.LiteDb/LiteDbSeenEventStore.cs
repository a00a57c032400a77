using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Seen event ids in LiteDB, so a Slack retry after a restart is still recognised. Inserting by id is atomic:
/// of two concurrent deliveries exactly one wins. Ids older than a day (Slack's longest redelivery) are pruned once
/// a minute. Without a database, falls back to memory.
/// </summary>
public sealed class LiteDbSeenEventStore(ChatBotDatabase database, TimeProvider time) : ISeenEventStore
{
    public const string CollectionName = "seen_events";

    private readonly InMemorySeenEventStore fallback = new(time);
    private readonly PruneSchedule prune = new(time, TimeSpan.FromMinutes(1));

    public ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default)
    {
        if (database.Database is not { } db)
        {
            return fallback.TryMarkSeenAsync(eventId, cancellationToken);
        }

        return StorageGuard.Run(database, () =>
        {
            try
            {
                var seen = db.GetCollection<SeenEventDocument>(CollectionName);
                var now = time.GetUtcNow().UtcDateTime;
                if (prune.IsDue())
                {
                    var before = now - InMemorySeenEventStore.DefaultRetention;
                    seen.EnsureIndex(e => e.At);
                    seen.DeleteMany(e => e.At < before);
                }

                seen.Insert(new SeenEventDocument { Id = eventId, At = now });
                return ValueTask.FromResult(true);
            }
            catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
            {
                return ValueTask.FromResult(false);
            }
        }, _ => fallback.TryMarkSeenAsync(eventId, cancellationToken));
    }
}
