using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Replay records in LiteDB (collection <c>replay_records</c>), so a signed request captured before a restart is still
/// refused after it. Expired records are pruned once a minute. Without a database, or when it fails, falls back to memory.
/// </summary>
public sealed class LiteDbReplayStore(ChatBotDatabase database, TimeProvider time) : IReplayStore
{
    public const string CollectionName = "replay_records";

    private readonly InMemoryReplayStore fallback = new(time);
    private readonly PruneSchedule prune = new(time, TimeSpan.FromMinutes(1));

    // Insert, or replace an expired record, must be one step: of two copies arriving together only one may pass.
    private readonly Lock gate = new();

    public ValueTask<bool> TryRecordAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        if (database.Database is not { } db)
        {
            return fallback.TryRecordAsync(key, expiresAt, cancellationToken);
        }

        try
        {
            var records = db.GetCollection<ReplayRecordDocument>(CollectionName);
            var now = time.GetUtcNow().UtcDateTime;
            lock (gate)
            {
                if (prune.IsDue())
                {
                    records.EnsureIndex(r => r.ExpiresAt);
                    records.DeleteMany(r => r.ExpiresAt <= now);
                }

                return ValueTask.FromResult(TryRecord(records, key, expiresAt.UtcDateTime, now));
            }
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return fallback.TryRecordAsync(key, expiresAt, cancellationToken);
        }
    }

    private static bool TryRecord(ILiteCollection<ReplayRecordDocument> records, string key, DateTime expiresAt, DateTime now)
    {
        try
        {
            records.Insert(new ReplayRecordDocument { Id = key, ExpiresAt = expiresAt });
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            if (records.FindById(key) is { } existing && existing.ExpiresAt > now)
            {
                return false;
            }

            records.Upsert(new ReplayRecordDocument { Id = key, ExpiresAt = expiresAt });
            return true;
        }
    }
}
