using ChatBot.Core.Coordination;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.Coordination;

/// <summary>
/// Reload notices over Redis pub/sub (channel <c>{prefix}corpus:reloaded</c>), plus the latest fingerprint in the key
/// <c>{prefix}corpus:fingerprint</c> for operators and replicas that were away when it was published. Pub/sub is
/// fire-and-forget: a replica that was disconnected at that moment misses the notice, and its own folder watcher or
/// poller remains its safety net.
/// </summary>
internal sealed class RedisCorpusReloadBus(RedisConnection connection) : ICorpusReloadBus
{
    private const char Separator = '\n';

    public RedisChannel Channel => RedisChannel.Literal(connection.Options.KeyPrefix + "corpus:reloaded");

    public RedisKey LatestKey => connection.Key("corpus:fingerprint");

    public async Task PublishAsync(CorpusReloadNotice notice, CancellationToken cancellationToken = default)
    {
        var database = await connection.DatabaseAsync(cancellationToken).ConfigureAwait(false);
        await database.StringSetAsync(LatestKey, notice.Fingerprint).WaitAsync(cancellationToken).ConfigureAwait(false);
        await database.PublishAsync(Channel, notice.Replica + Separator + notice.Fingerprint).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IAsyncDisposable> SubscribeAsync(Action<CorpusReloadNotice> received, CancellationToken cancellationToken = default)
    {
        var subscriber = await connection.SubscriberAsync(cancellationToken).ConfigureAwait(false);
        var channel = Channel;
        Action<RedisChannel, RedisValue> handler = (_, message) =>
        {
            if (Parse(message) is { } notice)
            {
                received(notice);
            }
        };
        await subscriber.SubscribeAsync(channel, handler).WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Subscription(subscriber, channel, handler);
    }

    private static CorpusReloadNotice? Parse(RedisValue message)
    {
        var text = (string?)message;
        var split = text?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        return split > 0 && split < text!.Length - 1 ? new CorpusReloadNotice(text[..split], text[(split + 1)..]) : null;
    }

    private sealed class Subscription(ISubscriber subscriber, RedisChannel channel, Action<RedisChannel, RedisValue> handler) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await subscriber.UnsubscribeAsync(channel, handler).ConfigureAwait(false);
            }
            catch (RedisException)
            {
                // Redis is gone: there is no subscription left to end.
            }
        }
    }
}
