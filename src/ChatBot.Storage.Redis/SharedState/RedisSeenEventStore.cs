using ChatBot.Core.Storage;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.SharedState;

/// <summary>
/// Slack event ids seen by any replica (<c>SET … NX PX</c>, kept a day like the local stores), in front of the
/// replica's own store. The first replica to mark an id wins; it also marks it locally, so an id this replica handled
/// while Redis was away is still refused here. Without Redis the local store decides alone: de-duplication per
/// replica for the outage, not none.
/// </summary>
public sealed class RedisSeenEventStore(ISeenEventStore local, RedisFallback redis) : ISeenEventStore
{
    public async ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var key = redis.Connection.Key("seen:" + eventId);
        var first = await redis.RunAsync<bool?>(
            "seen_events",
            async db => await db.StringSetAsync(key, 1, InMemorySeenEventStore.DefaultRetention, When.NotExists).ConfigureAwait(false),
            null,
            cancellationToken).ConfigureAwait(false);
        return first is not false && await local.TryMarkSeenAsync(eventId, cancellationToken).ConfigureAwait(false);
    }
}
