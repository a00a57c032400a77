using ChatBot.Core.Answers;
using ChatBot.Core.Storage;
using ChatBot.Storage.Redis.SharedState;
using ChatBot.UnitTests.Generation;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>The shared answer-cache level: set on one replica, a hit on the other, under the corpus fingerprint.</summary>
public sealed class RedisAnswerCacheTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private static readonly AnswerResult Sample = new("Who is Choi?", AnswerStatus.Answered, "An answer. [1]", [new Citation(1, "a", "T", null, null, null, null, "a#p1", "An answer.")], [], false, 3.2);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero));
    private readonly string prefix = RedisReplica.NewPrefix();
    private readonly DictionaryAnswerCache firstLocal = new();
    private readonly DictionaryAnswerCache secondLocal = new();
    private RedisReplica first = null!;
    private RedisReplica second = null!;

    [Fact]
    public async Task AnAnswerCachedOnOneReplica_IsAHitOnTheOther_AndCopiedToItsLocalCache()
    {
        var key = AnswerCacheKey.For("Who is Choi?", "fingerprint-1");
        await Cache(first, firstLocal).SetAsync(key, Sample with { Cached = true, ElapsedMs = 12 });

        var hit = await Cache(second, secondLocal).GetAsync(key);

        Assert.NotNull(hit);
        Assert.Equal((Sample.Answer, Sample.Citations[0].Quote, false, 0.0), (hit.Answer, hit.Citations[0].Quote, hit.Cached, hit.ElapsedMs));
        Assert.True(secondLocal.Entries.ContainsKey(key.Id));
        var ttl = await (await first.Connection.DatabaseAsync()).KeyTimeToLiveAsync(prefix + "answer:" + key.Id);
        Assert.InRange(ttl!.Value, TimeSpan.FromHours(1.9), TimeSpan.FromHours(2));
    }

    [Fact]
    public async Task AnotherCorpusFingerprint_IsAMiss()
    {
        await Cache(first, firstLocal).SetAsync(AnswerCacheKey.For("Who is Choi?", "fingerprint-1"), Sample);

        Assert.Null(await Cache(second, secondLocal).GetAsync(AnswerCacheKey.For("Who is Choi?", "fingerprint-2")));
    }

    [Fact]
    public async Task ALocalHit_NeverAsksRedis_AndAnUnreadableSharedEntryIsAMiss()
    {
        var key = AnswerCacheKey.For("Who is Choi?", "fingerprint-1");
        await (await first.Connection.DatabaseAsync()).StringSetAsync(prefix + "answer:" + key.Id, "{not json");
        firstLocal.Entries[AnswerCacheKey.For("local only", "fingerprint-1").Id] = Sample;

        Assert.Null(await Cache(second, secondLocal).GetAsync(key));
        Assert.NotNull(await Cache(first, firstLocal).GetAsync(AnswerCacheKey.For("local only", "fingerprint-1")));
    }

    [Fact]
    public async Task TheDatabasesOwnRecord_IsPassedOnToTheSharedLevel()
    {
        var key = AnswerCacheKey.For("Who is Choi?", "fingerprint-1");
        var database = new NoRecords();
        var records = new RedisAnswerRecords(database, Cache(first, firstLocal));
        await records.RecordAsync(new AnswerRecord(Sample) { Cache = [new AnswerCacheEntry(key, Sample)] });

        Assert.Equal(1, database.Recorded);
        Assert.Empty(firstLocal.Entries);
        Assert.NotNull(await Cache(second, secondLocal).GetAsync(key));
    }

    private static RedisAnswerCache Cache(RedisReplica replica, IAnswerCache local) =>
        new(local, replica.Fallback, Options.Create(new RedisSharedStateOptions { AnswerCacheTtl = TimeSpan.FromHours(2) }));

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

    private sealed class NoRecords : IAnswerRecords
    {
        public ValueTask<Core.Conversations.ConversationTurn?> LookupAsync(string conversation, CancellationToken cancellationToken = default) => ValueTask.FromResult<Core.Conversations.ConversationTurn?>(null);

        public int Recorded { get; private set; }

        public ValueTask RecordAsync(AnswerRecord record, CancellationToken cancellationToken = default)
        {
            Recorded++;
            return ValueTask.CompletedTask;
        }
    }
}
