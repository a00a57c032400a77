using ChatBot.Core.Admin;
using ChatBot.Core.Storage;
using ChatBot.Storage.Redis.SharedState;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>Slack event ids, replay records and sign-in nonces, marked through two replicas on one Redis: the first wins, once.</summary>
public sealed class RedisDeduplicationTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero));
    private readonly string prefix = RedisReplica.NewPrefix();
    private RedisReplica first = null!;
    private RedisReplica second = null!;

    [Fact]
    public async Task TheSameSlackEvent_MarkedOnTwoReplicas_IsFirstOnlyOnce()
    {
        var a = new RedisSeenEventStore(new InMemorySeenEventStore(time), first.Fallback);
        var b = new RedisSeenEventStore(new InMemorySeenEventStore(time), second.Fallback);

        var marks = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? a : b).TryMarkSeenAsync("Ev0001").AsTask()));
        var another = await b.TryMarkSeenAsync("Ev0002");

        Assert.Equal(1, marks.Count(m => m));
        Assert.True(another);
        var ttl = await (await first.Connection.DatabaseAsync()).KeyTimeToLiveAsync(prefix + "seen:Ev0001");
        Assert.InRange(ttl!.Value, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task AnIdSeenLocallyWhileRedisWasAway_IsStillADuplicateOnThatReplica()
    {
        var local = new InMemorySeenEventStore(time);
        await local.TryMarkSeenAsync("Ev-outage");
        var store = new RedisSeenEventStore(local, first.Fallback);

        Assert.False(await store.TryMarkSeenAsync("Ev-outage"));
    }

    [Fact]
    public async Task AReplayedInteraction_IsRefusedOnTheOtherReplica_AndKeptOnlyWhileItsSignatureVerifies()
    {
        var a = new RedisReplayStore(new InMemoryReplayStore(time), first.Fallback, time);
        var b = new RedisReplayStore(new InMemoryReplayStore(time), second.Fallback, time);
        var validUntil = time.GetUtcNow().AddMinutes(5);

        Assert.True(await a.TryRecordAsync("discord:interaction:1", validUntil));
        Assert.False(await b.TryRecordAsync("discord:interaction:1", validUntil));
        Assert.False(await a.TryRecordAsync("discord:interaction:1", validUntil));
        var ttl = await (await first.Connection.DatabaseAsync()).KeyTimeToLiveAsync(prefix + "replay:discord:interaction:1");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(4.9), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task ARecordAlreadyExpired_IsNotSharedAndGuardsNothing()
    {
        var a = new RedisReplayStore(new InMemoryReplayStore(time), first.Fallback, time);
        var b = new RedisReplayStore(new InMemoryReplayStore(time), second.Fallback, time);
        var expired = time.GetUtcNow().AddSeconds(-1);

        Assert.True(await a.TryRecordAsync("slack:trigger:old", expired));
        Assert.True(await b.TryRecordAsync("slack:trigger:old", expired));
        Assert.False(await (await first.Connection.DatabaseAsync()).KeyExistsAsync(prefix + "replay:slack:trigger:old"));
    }

    [Fact]
    public async Task ASignInNonce_IsConsumedOnceAcrossReplicas()
    {
        var a = new RedisConsumedNonceStore(new InMemoryConsumedNonceStore(time), first.Fallback, time);
        var b = new RedisConsumedNonceStore(new InMemoryConsumedNonceStore(time), second.Fallback, time);
        var expires = time.GetUtcNow().AddMinutes(10);

        var uses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? a : b).TryConsumeAsync("nonce-1", expires).AsTask()));

        Assert.Equal(1, uses.Count(u => u));
        Assert.True(await b.TryConsumeAsync("nonce-2", expires));
    }

    public async Task InitializeAsync()
    {
        first = new RedisReplica(redis.Server, prefix, time);
        second = new RedisReplica(redis.Server, prefix, time);
        await first.Connection.ConnectAsync();
        await second.Connection.ConnectAsync();
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
    }
}
