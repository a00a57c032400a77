using ChatBot.Core.Coordination;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.Coordination;

/// <summary>
/// Leases as Redis keys holding the owner's name: <c>SET NX PX</c> takes a free (or expired) one; renew and release are
/// Lua scripts that compare the owner first, so they run atomically and never touch a lease another replica now holds.
/// Expiry is Redis's own clock. While Redis is unreachable every call throws <see cref="RedisException"/> (or a
/// timeout); the caller decides what an unprovable lease means.
/// </summary>
internal sealed class RedisLeaseStore(RedisConnection connection) : ILeaseStore
{
    private const string RenewScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        return 0
        """;

    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    public async Task<bool> TryAcquireAsync(string name, string owner, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var database = await connection.DatabaseAsync(cancellationToken).ConfigureAwait(false);
        return await database.StringSetAsync(Key(name), owner, timeToLive, When.NotExists).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RenewAsync(string name, string owner, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var database = await connection.DatabaseAsync(cancellationToken).ConfigureAwait(false);
        var result = await database.ScriptEvaluateAsync(RenewScript, [Key(name)], [owner, (long)timeToLive.TotalMilliseconds]).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (long)result == 1;
    }

    public async Task<bool> ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default)
    {
        var database = await connection.DatabaseAsync(cancellationToken).ConfigureAwait(false);
        var result = await database.ScriptEvaluateAsync(ReleaseScript, [Key(name)], [owner]).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (long)result == 1;
    }

    /// <summary>The Redis key of a lease (tests read and delete it to stand in for Redis's own expiry).</summary>
    public RedisKey Key(string name) => connection.Key("lease:" + name);
}
