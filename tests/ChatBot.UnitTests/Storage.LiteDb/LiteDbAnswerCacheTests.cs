using ChatBot.Core.Answers;
using ChatBot.Core.Text;

namespace ChatBot.UnitTests.Storage;

public sealed class LiteDbAnswerCacheTests
{
    private static readonly AnswerResult Sample = new("q", AnswerStatus.Answered, "An answer. [1]", [new Citation(1, "a", "T", null, null, null, null, "a#p1", "An answer.")], [], false, 3.2);

    [Fact]
    public async Task Entries_SurviveARestart()
    {
        using var temp = new TempDatabase();
        var key = AnswerCacheKey.For("Who is Choi?", "fp");
        using (var first = temp.Open())
        {
            await temp.Cache(first).SetAsync(key, Sample);
        }

        using var second = temp.Open();
        var cached = await temp.Cache(second).GetAsync(key);
        Assert.Equal(Sample.Answer, cached?.Answer);
        Assert.Equal("An answer.", Assert.Single(cached!.Citations).Quote);
    }

    [Fact]
    public async Task Entries_ExpireAfterTheTimeToLive()
    {
        using var temp = new TempDatabase();
        using var database = temp.Open();
        var key = AnswerCacheKey.For("Who is Choi?", "fp");
        await temp.Cache(database).SetAsync(key, Sample);

        temp.Time.Advance(TimeSpan.FromHours(2));
        Assert.Null(await temp.Cache(database).GetAsync(key));
    }

    [Fact]
    public async Task Prune_RemovesEntriesOfOtherFingerprints()
    {
        using var temp = new TempDatabase();
        using var database = temp.Open();
        var cache = temp.Cache(database);
        await cache.SetAsync(AnswerCacheKey.For("one", "old"), Sample);
        await cache.SetAsync(AnswerCacheKey.For("two", "new"), Sample);

        Assert.Equal(1, await cache.PruneAsync("new"));
        Assert.NotNull(await cache.GetAsync(AnswerCacheKey.For("two", "new")));
        Assert.Null(await temp.Cache(database).GetAsync(AnswerCacheKey.For("one", "old")));
    }

    [Fact]
    public async Task FiftyParallelCallers_ShareOneDatabase_WithoutCorruption()
    {
        using var temp = new TempDatabase();
        using var database = temp.Open();
        var cache = temp.Cache(database);
        await Parallel.ForEachAsync(Enumerable.Range(0, 50), new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (i, ct) =>
        {
            for (var round = 0; round < 20; round++)
            {
                var key = AnswerCacheKey.For($"question {(i * 7 + round) % 60}", "fp");
                await cache.SetAsync(key, Sample with { Question = key.NormalizedQuestion }, ct);
                Assert.NotNull(await cache.GetAsync(key, ct));
            }
        });

        var fresh = temp.Cache(database);
        for (var q = 0; q < 60; q++)
        {
            var key = AnswerCacheKey.For($"question {q}", "fp");
            Assert.Equal(key.NormalizedQuestion, (await fresh.GetAsync(key))?.Question);
        }

        Assert.Equal(60, database.Database!.GetCollection("answers").Count());
        Assert.Equal(EngineInfo.Version, AnswerCacheKey.For("x", "fp").EngineVersion);
    }

    [Fact]
    public void EngineVersion_ChangesWithTheBuildOfTheEngine_NotOnlyByHand()
    {
        Assert.EndsWith(typeof(EngineInfo).Assembly.ManifestModule.ModuleVersionId.ToString("N"), EngineInfo.Version, StringComparison.Ordinal);
    }
}
