using ChatBot.Core.Storage;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Replay records in PostgreSQL, shared by every replica: a key is recorded when it is new or its earlier record has
/// expired (one INSERT … ON CONFLICT … WHERE expired), so a signed request replayed to another replica is refused too.
/// Expired records are pruned at most once a minute. When PostgreSQL cannot be reached, this replica keeps its records
/// in memory (as the LiteDB store does without its file).
/// </summary>
public sealed class PostgresReplayStore(PostgresDatabase database, TimeProvider time) : IReplayStore
{
    private readonly InMemoryReplayStore fallback = new(time);
    private readonly PruneSchedule prune = new(time, TimeSpan.FromMinutes(1));

    public async ValueTask<bool> TryRecordAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var recorded = await PostgresFailures.TryAsync<bool?>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (prune.IsDue())
            {
                await Sql.ExecuteAsync(connection, null, "DELETE FROM replay_records WHERE expires_at <= $1", cancellationToken, now).ConfigureAwait(false);
            }

            return await Sql.ExecuteAsync(connection, null, """
                INSERT INTO replay_records (key, expires_at) VALUES ($1, $2)
                ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE replay_records.expires_at <= $3
                """, cancellationToken, key, expiresAt, now).ConfigureAwait(false) == 1;
        }, null).ConfigureAwait(false);
        return recorded ?? await fallback.TryRecordAsync(key, expiresAt, cancellationToken).ConfigureAwait(false);
    }
}
