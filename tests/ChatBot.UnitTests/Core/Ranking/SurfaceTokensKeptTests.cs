using ChatBot.Core.Ranking;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Ranking;

public sealed class SurfaceTokensKeptTests
{
    [Fact]
    public void AtMostTheBoundOfPassages_KeepTheirDecodedWords_AndAPassageLetGoReadsTheSameWordsAgain()
    {
        var index = TestCorpus.Index;
        var tokens = SurfaceTokens.Keeping(index, keep: 5);
        var reference = SurfaceTokens.Keeping(index, keep: int.MaxValue);
        var passages = index.Passages.Take(40).ToList();

        var read = new int[passages.Count][];
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < passages.Count; i++)
            {
                read[i] = tokens.Of(passages[i]);
                Assert.Equal(reference.Of(passages[i]), read[i]);
                Assert.InRange(tokens.Held, 1, 5);
            }
        }

        // The last five read are held, the one before them was let go (read again, it is decoded again).
        for (var i = passages.Count - 5; i < passages.Count; i++)
        {
            Assert.Same(read[i], tokens.Of(passages[i]));
        }

        Assert.NotSame(read[^6], tokens.Of(passages[^6]));
        Assert.Equal(passages.Count, reference.Held);
    }

    [Fact]
    public void ACorpusNoLargerThanTheBound_KeepsEveryPassageItReads()
    {
        var index = TestCorpus.Index;
        var tokens = SurfaceTokens.Keeping(index, keep: index.Passages.Count);

        var first = index.Passages.Select(tokens.Of).ToList();

        Assert.Equal(index.Passages.Count, tokens.Held);
        Assert.All(index.Passages.Select((p, i) => (p, i)), x => Assert.Same(first[x.i], tokens.Of(x.p)));
    }

    [Fact]
    public void ManyThreads_ReadingPassagesPastTheBound_GetEachPassagesWords()
    {
        var index = TestCorpus.Index;
        var tokens = SurfaceTokens.Keeping(index, keep: 7);
        var reference = SurfaceTokens.Keeping(index, keep: int.MaxValue);
        var expected = index.Passages.Select(p => reference.Of(p)).ToArray();

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var passage = index.Passages[(i * 7919) % index.Passages.Count];
            if (!tokens.Of(passage).AsSpan().SequenceEqual(expected[passage.Ordinal]))
            {
                throw new InvalidOperationException($"passage {passage.Ordinal} read other words");
            }
        });

        Assert.InRange(tokens.Held, 1, 7 + 8);
    }
}
