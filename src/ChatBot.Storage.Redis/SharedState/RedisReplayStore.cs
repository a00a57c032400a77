using ChatBot.Core.Storage;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.SharedState;

/// <summary>
/// Signed requests (Discord interaction ids, Slack trigger ids) accepted by any replica, kept in Redis until their
/// signature would no longer verify (<c>SET … NX PX</c>), in front of the replica's own store. The replica that wins
/// also records locally, so what it accepted while Redis was away is still refused here; without Redis the local
/// store decides alone (a replay guard per replica for the outage, not none).
/// </summary>
public sealed class RedisReplayStore(IReplayStore local, RedisFallback redis, TimeProvider time) : IReplayStore
{
    public async ValueTask<bool> TryRecordAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        var keep = expiresAt - time.GetUtcNow();
        bool? first = null;
        if (keep > TimeSpan.Zero)
        {
            // A record that has already expired guards nothing: the local store alone answers, as it would.
            var redisKey = redis.Connection.Key("replay:" + key);
            first = await redis.RunAsync<bool?>(
                "replay",
                async db => await db.StringSetAsync(redisKey, 1, keep, When.NotExists).ConfigureAwait(false),
                null,
                cancellationToken).ConfigureAwait(false);
        }

        return first is not false && await local.TryRecordAsync(key, expiresAt, cancellationToken).ConfigureAwait(false);
    }
}
