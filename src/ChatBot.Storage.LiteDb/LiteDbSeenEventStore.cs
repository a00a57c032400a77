using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Seen event ids in LiteDB, so a Slack retry after a restart is still recognised. Inserting by id is atomic:
/// of two concurrent deliveries exactly one wins. Without a database, falls back to memory.
/// </summary>
public sealed class LiteDbSeenEventStore(ChatBotDatabase database, TimeProvider time) : ISeenEventStore
{
    private readonly InMemorySeenEventStore fallback = new(time);

    public ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default)
    {
        if (database.Database is not { } db)
        {
            return fallback.TryMarkSeenAsync(eventId, cancellationToken);
        }

        try
        {
            db.GetCollection<SeenEventDocument>("seen_events").Insert(new SeenEventDocument { Id = eventId, At = time.GetUtcNow().UtcDateTime });
            return ValueTask.FromResult(true);
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return ValueTask.FromResult(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            database.ReportFailure(e);
            return fallback.TryMarkSeenAsync(eventId, cancellationToken);
        }
    }
}
