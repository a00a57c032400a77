using ChatBot.Core.Commands;
using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.SharedState;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>
/// What one replica holds: its own connection to the shared Redis and its own breaker, on the test's clock. Two of
/// these on one server are two replicas.
/// </summary>
internal sealed class RedisReplica : IAsyncDisposable
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public RedisReplica(RedisServer server, string keyPrefix, TimeProvider time, System.Diagnostics.Metrics.IMeterFactory? meters = null)
    {
        Connection = new RedisConnection(Options.Create(new RedisOptions { ConnectionString = server.ConnectionString, KeyPrefix = keyPrefix }), NullLogger<RedisConnection>.Instance);
        Fallback = new RedisFallback(Connection, Options.Create(new RedisSharedStateOptions { RetryAfter = RetryAfter }), time, NullLogger<RedisFallback>.Instance, meters);
    }

    public RedisConnection Connection { get; }

    public RedisFallback Fallback { get; }

    /// <summary>A unique prefix, so tests on one server never see each other's keys.</summary>
    public static string NewPrefix() => $"test-{Guid.NewGuid():N}:";

    public RedisRequestGate Gate(RateLimitOptions options, TimeProvider time, IRequestGate? local = null) =>
        new(local ?? new RequestGate(Options.Create(options), time), Fallback, Options.Create(options), time);

    /// <summary>
    /// Waits (really: this is the client reconnecting to a restarted process, not the code under test) until the
    /// connection is back, for at most 20 seconds.
    /// </summary>
    public async Task WaitUntilConnectedAsync()
    {
        await Connection.ConnectAsync();
        for (var attempt = 0; attempt < 400 && !Connection.IsConnected; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.True(Connection.IsConnected, "Redis did not reconnect within 20 s.");
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
