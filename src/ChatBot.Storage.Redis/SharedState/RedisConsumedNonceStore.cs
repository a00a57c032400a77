using ChatBot.Core.Admin;
using ChatBot.Core.Storage;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.SharedState;

/// <summary>
/// Sign-in link nonces used on any replica, kept in Redis until the link would have expired (<c>SET … NX PX</c>), and
/// also in the replica's own store. Unlike the other de-duplication stores this one does not fall back to the local
/// store when Redis is away: a link used on another replica would then pass here, and a reused link must never pass
/// because the shared store could not be asked. It throws <see cref="StorageUnavailableException"/> instead, which
/// the sign-in page turns into "try again in a minute" (the rest of the bot keeps working).
/// </summary>
public sealed class RedisConsumedNonceStore(IConsumedNonceStore local, RedisFallback redis, TimeProvider time) : IConsumedNonceStore
{
    public async ValueTask<bool> TryConsumeAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        var keep = expiresAt - time.GetUtcNow();
        if (keep > TimeSpan.Zero)
        {
            var key = redis.Connection.Key("nonce:" + nonce);
            var first = await redis.RunAsync<bool?>(
                "admin_nonces",
                async db => await db.StringSetAsync(key, 1, keep, When.NotExists).ConfigureAwait(false),
                null,
                cancellationToken).ConfigureAwait(false);
            if (first is null)
            {
                throw new StorageUnavailableException("the shared store (Redis) is unreachable, so the sign-in link cannot be checked");
            }

            if (first is false)
            {
                return false;
            }
        }

        return await local.TryConsumeAsync(nonce, expiresAt, cancellationToken).ConfigureAwait(false);
    }
}
