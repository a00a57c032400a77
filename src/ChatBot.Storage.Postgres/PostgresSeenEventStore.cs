using ChatBot.Core.Storage;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Seen event ids in PostgreSQL, shared by every replica: INSERT … ON CONFLICT DO NOTHING, so of two deliveries of one
/// Slack event (to the same replica or two) exactly one is answered. Ids older than a day (Slack's longest redelivery)
/// are pruned at most once a minute. When PostgreSQL cannot be reached, this replica falls back to memory.
/// </summary>
public sealed class PostgresSeenEventStore(PostgresDatabase database, TimeProvider time) : ISeenEventStore
{
    private readonly InMemorySeenEventStore fallback = new(time);
    private readonly PruneSchedule prune = new(time, TimeSpan.FromMinutes(1));

    public async ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var marked = await PostgresFailures.TryAsync<bool?>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (prune.IsDue())
            {
                await Sql.ExecuteAsync(connection, null, "DELETE FROM seen_events WHERE seen_at < $1", cancellationToken, now - InMemorySeenEventStore.DefaultRetention).ConfigureAwait(false);
            }

            return await Sql.ExecuteAsync(connection, null, "INSERT INTO seen_events (event_id, seen_at) VALUES ($1, $2) ON CONFLICT DO NOTHING", cancellationToken, eventId, now).ConfigureAwait(false) == 1;
        }, null).ConfigureAwait(false);
        return marked ?? await fallback.TryMarkSeenAsync(eventId, cancellationToken).ConfigureAwait(false);
    }
}
