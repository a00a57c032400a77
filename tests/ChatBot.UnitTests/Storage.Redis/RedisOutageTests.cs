using System.Diagnostics.Metrics;
using ChatBot.Core.Admin;
using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using ChatBot.Storage.Redis.SharedState;
using ChatBot.UnitTests.Commands;
using ChatBot.UnitTests.Generation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>
/// Redis stopped mid-run: every shared service falls back to its replica's own (limits, de-duplication per replica, cache
/// misses), nothing throws but the sign-in check; the breaker keeps asking Redis until the pause is over; once Redis is
/// back and the pause has passed, the state is shared again. A server of its own, as the test stops it.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisOutageTests : IAsyncLifetime
{
    private static readonly RateLimitOptions Limits = new() { UserBurst = 2, UserPerMinute = 1 };

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero));
    private readonly string prefix = RedisReplica.NewPrefix();
    private readonly ServiceProvider metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private RedisServer server = null!;
    private RedisReplica first = null!;
    private RedisReplica second = null!;

    [Fact]
    public async Task StoppingRedis_FallsBackPerReplica_WithoutErrors_AndStartingIt_SharesAgain()
    {
        var (gateA, gateB) = (first.Gate(Limits, time), second.Gate(Limits, time));
        var (seenA, seenB) = (new RedisSeenEventStore(new InMemorySeenEventStore(time), first.Fallback), new RedisSeenEventStore(new InMemorySeenEventStore(time), second.Fallback));
        var (cacheA, cacheB) = (Cache(first), Cache(second));
        var key = AnswerCacheKey.For("Who is Choi?", "fingerprint-1");
        await cacheA.SetAsync(key, Answer());
        Assert.True(await seenA.TryMarkSeenAsync("Ev1"));
        Assert.False(await seenB.TryMarkSeenAsync("Ev1"));

        await server.StopAsync();

        // Per replica now: each replica's own burst, its own de-duplication, and a miss where only Redis had the answer.
        Assert.Null(await gateA.CheckAsync(ChatPlatform.Slack, "u1", "c1"));
        Assert.Null(await gateB.CheckAsync(ChatPlatform.Slack, "u1", "c1"));
        Assert.Null(await gateB.CheckAsync(ChatPlatform.Slack, "u1", "c1"));
        Assert.Equal("user", (await gateB.CheckAsync(ChatPlatform.Slack, "u1", "c1"))?.Scope);
        Assert.True(await seenA.TryMarkSeenAsync("Ev2"));
        Assert.False(await seenA.TryMarkSeenAsync("Ev2"));
        Assert.True(await seenB.TryMarkSeenAsync("Ev2"));
        Assert.Null(await cacheB.GetAsync(key));
        await cacheB.SetAsync(AnswerCacheKey.For("asked in the outage", "fingerprint-1"), Answer());
        await Assert.ThrowsAsync<StorageUnavailableException>(() => new RedisConsumedNonceStore(new InMemoryConsumedNonceStore(time), first.Fallback, time).TryConsumeAsync("n1", time.GetUtcNow().AddMinutes(10)).AsTask());
        Assert.True(first.Fallback.IsDown);
        Assert.True(second.Fallback.IsDown);

        await server.StartAsync();
        await first.WaitUntilConnectedAsync();
        await second.WaitUntilConnectedAsync();

        // Redis is back, but the breaker's pause is not over: still per replica (neither asks Redis yet).
        Assert.True(await seenA.TryMarkSeenAsync("Ev3"));
        Assert.True(await seenB.TryMarkSeenAsync("Ev3"));

        time.Advance(RedisReplica.RetryAfter);
        Assert.True(await seenA.TryMarkSeenAsync("Ev4"));
        Assert.False(await seenB.TryMarkSeenAsync("Ev4"));
        Assert.Null(await gateA.CheckAsync(ChatPlatform.Slack, "u9", "c9"));
        Assert.Null(await gateB.CheckAsync(ChatPlatform.Slack, "u9", "c9"));
        Assert.Equal("user", (await gateA.CheckAsync(ChatPlatform.Slack, "u9", "c9"))?.Scope);
        Assert.False(first.Fallback.IsDown);
    }

    [Fact]
    public async Task EveryFallback_IsCounted_ByUse()
    {
        using var listener = new MeterListener();
        var counted = new Dictionary<string, long>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "chatbot.redis.fallbacks")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var use = (string)tags.ToArray().Single(t => t.Key == "use").Value!;
            lock (counted)
            {
                counted[use] = counted.GetValueOrDefault(use) + value;
            }
        });
        listener.Start();
        var seen = new RedisSeenEventStore(new InMemorySeenEventStore(time), first.Fallback);
        Assert.True(await seen.TryMarkSeenAsync("Ev-up"));

        await server.StopAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await seen.TryMarkSeenAsync($"Ev-down-{i}"));
        }

        Assert.Null(await first.Gate(Limits, time).CheckPressAsync(ChatPlatform.Discord, "u1"));

        Assert.Equal(3, counted.GetValueOrDefault("seen_events"));
        Assert.Equal(1, counted.GetValueOrDefault("rate_limits"));
    }

    private RedisAnswerCache Cache(RedisReplica replica) =>
        new(new DictionaryAnswerCache(), replica.Fallback, Options.Create(new RedisSharedStateOptions()));

    private static AnswerResult Answer() => new("q", AnswerStatus.Answered, "An answer. [1]", [new Citation(1, "a", "T", null, null, null, null, "a#p1", "An answer.")], [], false, 1);

    public async Task InitializeAsync()
    {
        server = await RedisServer.StartNewAsync();
        first = new RedisReplica(server, prefix, time, metrics.GetRequiredService<IMeterFactory>());
        second = new RedisReplica(server, prefix, time, metrics.GetRequiredService<IMeterFactory>());
        await first.Connection.ConnectAsync();
        await second.Connection.ConnectAsync();
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await server.DisposeAsync();
        await metrics.DisposeAsync();
    }
}
