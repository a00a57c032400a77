using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Evaluation;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Answers;

public sealed class AnswerServiceTests
{
    [Fact]
    public async Task AskAsync_ServesTheSecondIdenticalQuestion_FromTheCache()
    {
        var cache = new RecordingCache();
        var service = Service(cache);

        var first = await service.AskAsync("How many Japanese nationals did North Korea admit to abducting?");
        var second = await service.AskAsync("  how many JAPANESE nationals did north korea admit to abducting  ");

        Assert.False(first.Cached);
        Assert.True(second.Cached);
        Assert.Equal(first.Answer, second.Answer);
        Assert.Single(cache.Keys.Distinct());
    }

    [Fact]
    public async Task AskAsync_BypassesTheCache_WhenAskedTo()
    {
        var cache = new RecordingCache();
        var service = Service(cache);
        await service.AskAsync("Who is Choi Sung-Yong?", new AskOptions(UseCache: false));
        Assert.Empty(cache.Keys);
    }

    [Fact]
    public async Task AskAsync_ReturnsInvalid_WithoutTouchingTheEngine()
    {
        var answer = await Service(new RecordingCache()).AskAsync(" \u200B ");
        Assert.Equal(AnswerStatus.Invalid, answer.Status);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void CacheKey_FoldsCaseWhitespaceAndPunctuation_AndIncludesTheFingerprint()
    {
        var a = AnswerCacheKey.For("When did North Korea admit the abductions?", "fp1");
        var b = AnswerCacheKey.For("when   did north-korea admit the abductions", "fp1");
        Assert.Equal(a.Id, b.Id);
        Assert.NotEqual(a.Id, AnswerCacheKey.For("When did North Korea admit the abductions?", "fp2").Id);
    }

    private static AnswerService Service(IAnswerCache cache)
    {
        var holder = new CorpusIndexHolder(TestCorpus.Index);
        var engine = new AnswerEngine(RuleBasedQuestionClassifier.Instance);
        return new AnswerService(engine, holder, cache, new FakeTimeProvider());
    }

    private sealed class RecordingCache : IAnswerCache
    {
        private readonly Dictionary<string, AnswerResult> entries = [];

        public List<string> Keys { get; } = [];

        public ValueTask<AnswerResult?> GetAsync(AnswerCacheKey key, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(entries.GetValueOrDefault(key.Id));

        public ValueTask SetAsync(AnswerCacheKey key, AnswerResult answer, CancellationToken cancellationToken = default)
        {
            Keys.Add(key.Id);
            entries[key.Id] = answer;
            return ValueTask.CompletedTask;
        }

        public ValueTask<int> PruneAsync(string currentFingerprint, CancellationToken cancellationToken = default) => ValueTask.FromResult(0);
    }
}
