namespace ChatBot.Storage.Redis.SharedState;

/// <summary>What <c>/readyz</c> says about Redis: connected (state shared) or unreachable (each replica on its own).</summary>
public sealed class RedisReadiness(RedisFallback redis)
{
    public async ValueTask<RedisReadinessReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        // The first check connects (lazily, as the first command would); later ones read the live state.
        var connection = redis.Connection;
        try
        {
            await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StackExchange.Redis.RedisException)
        {
            // Reported below as unreachable.
        }

        var connected = connection.IsConnected;
        return new RedisReadinessReport(connected ? "connected" : "unreachable", connected);
    }
}
