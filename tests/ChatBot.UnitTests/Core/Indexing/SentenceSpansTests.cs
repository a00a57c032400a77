using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class SentenceSpansTests
{
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
        Assert.Equal(walked, run.AsSpan().ToArray());
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
}
