using ChatBot.Core.Answers;
using ChatBot.Core.Storage;
using ChatBot.Storage.Redis.SharedState;
using ChatBot.UnitTests.Generation;
using Microsoft.Extensions.Options;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>The shared answer-cache level: set on one replica, a hit on the other, under the corpus fingerprint.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisAnswerCacheTests(RedisServerFixture redis) : TwoReplicaTest(redis), IClassFixture<RedisServerFixture>
{
    private static readonly AnswerResult Sample = new("Who is Choi?", AnswerStatus.Answered, "An answer. [1]", [new Citation(1, "a", "T", null, null, null, null, "a#p1", "An answer.")], [], false, 3.2);

    private readonly DictionaryAnswerCache firstLocal = new();
    private readonly DictionaryAnswerCache secondLocal = new();

    [Fact]
    public async Task AnAnswerCachedOnOneReplica_IsAHitOnTheOther_AndCopiedToItsLocalCache()
    {
        var key = AnswerCacheKey.For("Who is Choi?", "fingerprint-1");
        await Cache(First, firstLocal).SetAsync(key, Sample with { Cached = true, ElapsedMs = 12 });

        var hit = await Cache(Second, secondLocal).GetAsync(key);

        Assert.NotNull(hit);
        Assert.Equal((Sample.Answer, Sample.Citations[0].Quote, false, 0.0), (hit.Answer, hit.Citations[0].Quote, hit.Cached, hit.ElapsedMs));
        Assert.True(secondLocal.Entries.ContainsKey(key.Id));
        var ttl = await (await First.Connection.DatabaseAsync()).KeyTimeToLiveAsync(Prefix + "answer:" + key.Id);
        Assert.InRange(ttl!.Value, TimeSpan.FromHours(1.9), TimeSpan.FromHours(2));
    }

    [Fact]
    public async Task AnotherCorpusFingerprint_IsAMiss()
    {
        await Cache(First, firstLocal).SetAsync(AnswerCacheKey.For("Who is Choi?", "fingerprint-1"), Sample);

        Assert.Null(await Cache(Second, secondLocal).GetAsync(AnswerCacheKey.For("Who is Choi?", "fingerprint-2")));
    }

    [Fact]
    public async Task ALocalHit_NeverAsksRedis_AndAnUnreadableSharedEntryIsAMiss()
    {
        var key = AnswerCacheKey.For("Who is Choi?", "fingerprint-1");
        await (await First.Connection.DatabaseAsync()).StringSetAsync(Prefix + "answer:" + key.Id, "{not json");
        firstLocal.Entries[AnswerCacheKey.For("local only", "fingerprint-1").Id] = Sample;

        Assert.Null(await Cache(Second, secondLocal).GetAsync(key));
        Assert.NotNull(await Cache(First, firstLocal).GetAsync(AnswerCacheKey.For("local only", "fingerprint-1")));
    }

    [Fact]
    public async Task TheDatabasesOwnRecord_IsPassedOnToTheSharedLevel()
    {
        var key = AnswerCacheKey.For("Who is Choi?", "fingerprint-1");
        var database = new NoRecords();
        var records = new RedisAnswerRecords(database, Cache(First, firstLocal));
        await records.RecordAsync(new AnswerRecord(Sample) { Cache = [new AnswerCacheEntry(key, Sample)] });

        Assert.Equal(1, database.Recorded);
        Assert.Empty(firstLocal.Entries);
        Assert.NotNull(await Cache(Second, secondLocal).GetAsync(key));
    }

    private static RedisAnswerCache Cache(RedisReplica replica, IAnswerCache local) =>
        new(local, replica.Fallback, Options.Create(new RedisSharedStateOptions { AnswerCacheTtl = TimeSpan.FromHours(2) }));


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
