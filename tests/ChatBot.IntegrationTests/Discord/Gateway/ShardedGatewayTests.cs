using System.Text.Json.Nodes;

using ChatBot.Testing;
using ChatBot.IntegrationTests.Discord.Support;

using StackExchange.Redis;

namespace ChatBot.IntegrationTests.Discord.Gateway;

/// <summary>
/// Two replicas sharing one Redis and one loopback gateway: each shard is connected by exactly one replica, and moves
/// to the other when its holder stops, loses its lease or can no longer reach Redis. Lease timing runs on each
/// replica's fake clock; Redis's own key expiry is real time, so where a test needs a lease to have expired it deletes
/// the key, which is what Redis's expiry does.
/// </summary>
public sealed class ShardedGatewayTests : IAsyncLifetime
{
    private static readonly TimeSpan Renew = TimeSpan.FromSeconds(5);
    private readonly string prefix = $"t{Guid.NewGuid():N}:";
    private RedisServer redis = null!;
    private FakeGateway gateway = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartNewAsync();
        gateway = await FakeGateway.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task OneShard_TwoReplicas_OnlyOneIdentifies_WithShardZeroOfOne()
    {
        await using var a = Replica(1);
        await using var b = Replica(1);

        var (_, identify) = await IdentifiedAsync();
        await EitherLogsUntilAsync(a, b, () => a.NotHeldCount + b.NotHeldCount == 1);
        var idle = a.Holds(0, 1) ? b : a;
        await idle.AdvanceAsync(Renew, () => idle.NotHeldCount == 2);
        await idle.AdvanceAsync(Renew, () => idle.NotHeldCount == 3);

        Assert.Equal([0, 1], Shard(identify));
        Assert.Equal(1, gateway.ConnectionCount);
        Assert.True(a.Holds(0, 1) ^ b.Holds(0, 1));
    }

    [Fact]
    public async Task HolderStopped_ReleasesItsLease_AndTheOtherReplicaIdentifiesOnItsNextTry()
    {
        var a = Replica(1);
        var (holderPeer, _) = await IdentifiedAsync();
        await using var b = Replica(1);
        await b.WaitUntilAsync(() => b.NotHeldCount == 1);

        await a.DisposeAsync();
        await holderPeer.Closed.WaitAsync(TimeSpan.FromSeconds(15));
        b.Clock.Advance(Renew);
        var (_, identify) = await IdentifiedAsync();

        Assert.Contains("lease released", a.Logs.AllText, StringComparison.Ordinal);
        Assert.Equal([0, 1], Shard(identify));
        Assert.True(b.Holds(0, 1));
        Assert.Equal(2, gateway.ConnectionCount);
    }

    [Fact]
    public async Task PausedHolderWhoseLeaseExpired_ClosesItsConnectionOnWaking_AndTheOtherKeepsTheShard()
    {
        await using var a = Replica(1);
        var (pausedPeer, _) = await IdentifiedAsync();
        await using var b = Replica(1);
        await b.WaitUntilAsync(() => b.NotHeldCount == 1);

        // A's clock stands still (a paused process) while its lease expires in Redis.
        await DeleteLeaseAsync("discord:gateway:shard:0:1");
        b.Clock.Advance(Renew);
        var (takerPeer, identify) = await IdentifiedAsync();
        await a.AdvanceAsync(Renew, () => !a.Holds(0, 1));
        await pausedPeer.Closed.WaitAsync(TimeSpan.FromSeconds(15));
        await b.AdvanceAsync(Renew, () => b.Count("lease renewed") == 1);

        Assert.Contains("lease lost to another replica", a.Logs.AllText, StringComparison.Ordinal);
        Assert.Equal([0, 1], Shard(identify));
        Assert.False(takerPeer.Closed.IsCompleted);
        Assert.Equal(2, gateway.ConnectionCount);
    }

    [Fact]
    public async Task RedisDown_HolderKeepsItsShardWhileTheLeaseIsValid_ThenClosesIt()
    {
        await using var a = Replica(1);
        var (peer, _) = await IdentifiedAsync();
        await a.AdvanceAsync(Renew, () => a.Count("lease renewed") == 1);

        await redis.StopAsync();
        await a.AdvanceAsync(Renew, () => a.Count("keeping the connection while the lease is still valid") == 1);
        var openAfterFirstFailure = !peer.Closed.IsCompleted;
        await a.AdvanceAsync(Renew, () => !a.Holds(0, 1));
        await peer.Closed.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.True(openAfterFirstFailure);
        Assert.Contains("could not be renewed before it expires", a.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoShards_TwoReplicas_EachShardIdentifiedOnce()
    {
        await using var a = Replica(2);
        await using var b = Replica(2);

        var first = Shard((await IdentifiedAsync()).Identify);
        var second = Shard((await IdentifiedAsync()).Identify);
        await EitherLogsUntilAsync(a, b, () => a.NotHeldCount + b.NotHeldCount == 2);
        a.Clock.Advance(Renew);
        b.Clock.Advance(Renew);
        await EitherLogsUntilAsync(a, b, () => a.NotHeldCount + b.NotHeldCount == 4);

        Assert.Equal([[0, 2], [1, 2]], new[] { first, second }.OrderBy(s => s[0]));
        Assert.Equal(2, gateway.ConnectionCount);
        Assert.True(a.Holds(0, 2) ^ b.Holds(0, 2));
        Assert.True(a.Holds(1, 2) ^ b.Holds(1, 2));
    }

    [Fact]
    public async Task WithoutRedis_OneReplicaConnectsEveryShard_AndKeepsThem()
    {
        await using var alone = GatewayReplica.Start(gateway, redis: null, prefix, shardCount: 2);

        var first = Shard((await IdentifiedAsync()).Identify);
        var second = Shard((await IdentifiedAsync()).Identify);
        await alone.AdvanceAsync(Renew, () => alone.Count("lease renewed") == 2);

        Assert.Equal([[0, 2], [1, 2]], new[] { first, second }.OrderBy(s => s[0]));
        Assert.Equal(0, alone.NotHeldCount);
        Assert.Equal(2, gateway.ConnectionCount);
    }

    [Fact]
    public async Task ShardClosedWithACodeThatMustNotBeRetried_ReleasesItsLease_AndIsNotRetried()
    {
        await using var a = Replica(1);
        var (peer, _) = await IdentifiedAsync();

        await peer.CloseAsync(4011);
        await a.WaitUntilAsync(() => a.Count("lease released") == 1);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);

        Assert.False(await connection.GetDatabase().KeyExistsAsync(prefix + "lease:discord:gateway:shard:0:1"));
        Assert.Contains("stopped for good", a.Logs.AllText, StringComparison.Ordinal);
        Assert.Equal(0, a.NotHeldCount);
        Assert.Equal(1, gateway.ConnectionCount);
    }

    private static int[] Shard(JsonObject identify) => [.. identify["d"]!["shard"]!.AsArray().Select(n => (int)n!)];

    /// <summary>Checks the condition again whenever either replica logs.</summary>
    private static async Task EitherLogsUntilAsync(GatewayReplica a, GatewayReplica b, Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var next = Task.WhenAny(a.Logs.NextEntry, b.Logs.NextEntry);
            if (condition())
            {
                return;
            }

            await next.WaitAsync(timeout.Token);
        }
    }

    private GatewayReplica Replica(int shards) => GatewayReplica.Start(gateway, redis.ConnectionString, prefix, shards);

    private async Task<(GatewayPeer Peer, JsonObject Identify)> IdentifiedAsync()
    {
        var peer = await gateway.NextConnectionAsync();
        await peer.SendHelloAsync(41250);
        return (peer, await peer.ReceiveOpAsync(2));
    }

    private async Task DeleteLeaseAsync(string name)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        Assert.True(await connection.GetDatabase().KeyDeleteAsync(prefix + "lease:" + name));
    }
}
