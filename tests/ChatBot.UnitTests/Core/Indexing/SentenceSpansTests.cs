using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class SentenceSpansTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-spans-").FullName;

    [Fact]
    public void ARun_GivesOnlyItsOwnSpans_ByIndexEnumeratorAndList()
    {
        TextSpan[] all = [new(0, 3), new(4, 5), new(10, 2), new(13, 7)];
        var run = new SentenceSpans(all, 1, 2);

        Assert.Equal(2, run.Count);
        Assert.Equal((new TextSpan(4, 5), new TextSpan(10, 2)), (run[0], run[^1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => run[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => run[-1]);
        var walked = new List<TextSpan>();
        foreach (var span in run)
        {
            walked.Add(span);
        }

        Assert.Equal([new TextSpan(4, 5), new TextSpan(10, 2)], walked);
        Assert.Equal(walked, run.Select(s => s));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceSpans(all, 3, 2));
        Assert.True(run.Equals(new SentenceSpans(all, 1, 2)));
        Assert.False(run.Equals(new SentenceSpans([.. all], 1, 2)));
    }

    [Fact]
    public void PassagesOfABuiltIndex_EachHoldExactlyTheirSentences_OfTheArticlesOneArray()
    {
        foreach (var index in new[] { TestCorpus.Index, TestCorpus.Synthetic })
        {
            foreach (var article in index.Passages.GroupBy(p => p.ArticleOrdinal))
            {
                var passages = article.ToList();
                // Consecutive passages' runs meet: no span is lost or read twice at a passage's edge.
                for (var i = 0; i + 1 < passages.Count; i++)
                {
                    Assert.True(passages[i].Sentences[^1].End <= passages[i + 1].Sentences[0].Start);
                    Assert.Throws<ArgumentOutOfRangeException>(() => passages[i].Sentences[passages[i].Sentences.Count]);
                }

                Assert.All(passages, p => Assert.Equal(p.Start, p.Sentences[0].Start));
                Assert.All(passages, p => Assert.Equal(p.End, p.Sentences[^1].End));
            }
        }
    }

    [Fact]
    public void LoadedSpans_GiveEveryPassageItsSentences_FromTwoBytesOrAsStoredWhereTheyDoNotFit()
    {
        // Passages whose spans fit two bytes from their start, and ones that do not: a sentence starting 65,536 characters
        // into its passage (and one just before that), one 65,536 long, one before its passage's start, and empty passages.
        (int Start, TextSpan[] Spans)[] passages =
        [
            (0, [new(0, 3), new(4, 5)]),
            (100_000, [new(100_000, 10), new(100_000 + 65_535, 7)]),
            (100, []),
            (200_000, [new(200_000, 4), new(200_000 + 65_536, 9), new(200_000 + 70_000, 1)]),
            (70_000, [new(70_000, 65_535)]),
            (300_000, [new(300_000, 65_536)]),
            (400_000, [new(399_999, 2)]),
            (500_000, [new(500_001, 0), new(500_002, 3)]),
            (int.MaxValue - 10, [new(int.MaxValue - 10, 5)]),
            (600_000, []),
        ];
        var offsets = new int[passages.Length + 1];
        for (var p = 0; p < passages.Length; p++)
        {
            offsets[p + 1] = offsets[p] + passages[p].Spans.Length;
        }

        var loaded = SentenceSpans.Loaded([.. passages.SelectMany(p => p.Spans)], offsets, [.. passages.Select(p => p.Start)]);

        for (var p = 0; p < passages.Length; p++)
        {
            var (expected, spans) = (passages[p].Spans, loaded[p]);
            Assert.Equal(expected.Length, spans.Count);
            Assert.Equal(expected, Enumerable.Range(0, spans.Count).Select(i => spans[i]));
            var walked = new List<TextSpan>();
            foreach (var span in spans)
            {
                walked.Add(span);
            }

            Assert.Equal(expected, walked);
            Assert.Equal(expected, spans.Select(s => s));
            Assert.Throws<ArgumentOutOfRangeException>(() => spans[expected.Length]);
            Assert.Throws<ArgumentOutOfRangeException>(() => spans[-1]);
            Assert.True(spans.Equals(loaded[p]));
            Assert.All(loaded.Where((_, o) => o != p), other => Assert.False(spans.Equals(other)));
        }
    }

    [Fact]
    public void PassagesOfALoadedIndex_HoldTheSentencesOfTheBuiltOne()
    {
        foreach (var (index, analyzer) in new[] { (TestCorpus.Index, TestCorpus.Analyzer), (TestCorpus.Synthetic, TestCorpus.Analyzer) })
        {
            var store = new IndexSnapshotStore(Directory.CreateDirectory(Path.Combine(directory, index.Fingerprint)).FullName);
            Assert.Null(store.TrySave(index));
            var loaded = store.TryLoad(index.Fingerprint, analyzer);
            Assert.NotNull(loaded);

            Assert.Equal(index.Passages.Select(p => p.Sentences.ToArray()), loaded.Passages.Select(p => p.Sentences.ToArray()));
            Assert.Equal(index.Passages.Select(p => p.Sentences.Count), loaded.Passages.Select(p => p.Sentences.Count));
        }
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
