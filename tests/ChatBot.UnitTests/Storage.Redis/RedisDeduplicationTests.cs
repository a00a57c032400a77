using ChatBot.Core.Admin;
using ChatBot.Core.Storage;
using ChatBot.Storage.Redis.SharedState;
using StackExchange.Redis;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>Slack event ids, replay records and sign-in nonces, marked through two replicas on one Redis: the first wins, once.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisDeduplicationTests(RedisServerFixture redis) : TwoReplicaTest(redis), IClassFixture<RedisServerFixture>
{

    [Fact]
    public async Task TheSameSlackEvent_MarkedOnTwoReplicas_IsFirstOnlyOnce()
    {
        var a = new RedisSeenEventStore(new InMemorySeenEventStore(Time), First.Fallback);
        var b = new RedisSeenEventStore(new InMemorySeenEventStore(Time), Second.Fallback);

        var marks = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? a : b).TryMarkSeenAsync("Ev0001").AsTask()));
        var another = await b.TryMarkSeenAsync("Ev0002");

        Assert.Equal(1, marks.Count(m => m));
        Assert.True(another);
        var ttl = await (await First.Connection.DatabaseAsync()).KeyTimeToLiveAsync(Prefix + "seen:Ev0001");
        Assert.InRange(ttl!.Value, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task AnIdSeenLocallyWhileRedisWasAway_IsStillADuplicateOnThatReplica()
    {
        var local = new InMemorySeenEventStore(Time);
        await local.TryMarkSeenAsync("Ev-outage");
        var store = new RedisSeenEventStore(local, First.Fallback);

        Assert.False(await store.TryMarkSeenAsync("Ev-outage"));
    }

    [Fact]
    public async Task AReplayedInteraction_IsRefusedOnTheOtherReplica_AndKeptOnlyWhileItsSignatureVerifies()
    {
        var a = new RedisReplayStore(new InMemoryReplayStore(Time), First.Fallback, Time);
        var b = new RedisReplayStore(new InMemoryReplayStore(Time), Second.Fallback, Time);
        var validUntil = Time.GetUtcNow().AddMinutes(5);

        Assert.True(await a.TryRecordAsync("discord:interaction:1", validUntil));
        Assert.False(await b.TryRecordAsync("discord:interaction:1", validUntil));
        Assert.False(await a.TryRecordAsync("discord:interaction:1", validUntil));
        var ttl = await (await First.Connection.DatabaseAsync()).KeyTimeToLiveAsync(Prefix + "replay:discord:interaction:1");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(4.9), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task ARecordAlreadyExpired_IsNotSharedAndGuardsNothing()
    {
        var a = new RedisReplayStore(new InMemoryReplayStore(Time), First.Fallback, Time);
        var b = new RedisReplayStore(new InMemoryReplayStore(Time), Second.Fallback, Time);
        var expired = Time.GetUtcNow().AddSeconds(-1);

        Assert.True(await a.TryRecordAsync("slack:trigger:old", expired));
        Assert.True(await b.TryRecordAsync("slack:trigger:old", expired));
        Assert.False(await (await First.Connection.DatabaseAsync()).KeyExistsAsync(Prefix + "replay:slack:trigger:old"));
    }

    [Fact]
    public async Task ASignInNonce_IsConsumedOnceAcrossReplicas()
    {
        var a = new RedisConsumedNonceStore(new InMemoryConsumedNonceStore(Time), First.Fallback, Time);
        var b = new RedisConsumedNonceStore(new InMemoryConsumedNonceStore(Time), Second.Fallback, Time);
        var expires = Time.GetUtcNow().AddMinutes(10);

        var uses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? a : b).TryConsumeAsync("nonce-1", expires).AsTask()));

        Assert.Equal(1, uses.Count(u => u));
        Assert.True(await b.TryConsumeAsync("nonce-2", expires));
    }
}
