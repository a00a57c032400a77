using ChatBot.Core.Ranking;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Ranking;

public sealed class ParagraphOpeningsTests
{
    [Fact]
    public void IsFirstInParagraph_IsWhatTheArticleSays_ForEveryPassage_FirstReadAndKept()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var openings = ParagraphOpenings.For(corpus);
        var expected = corpus.Passages.Select(p => corpus.ArticleOf(p).Blocks[p.BlockIndex].Start == p.Start).ToArray();

        // Every other passage first, then all of them: a passage's bits are read beside neighbours' that are set or not.
        foreach (var passage in corpus.Passages.Where(p => p.Ordinal % 2 == 1))
        {
            Assert.Equal(expected[passage.Ordinal], openings.IsFirstInParagraph(passage));
        }

        foreach (var passage in corpus.Passages)
        {
            Assert.Equal(expected[passage.Ordinal], openings.IsFirstInParagraph(passage));
            Assert.Equal(expected[passage.Ordinal], openings.IsFirstInParagraph(passage));
        }

        // Both answers occur, so neither bit went untried.
        Assert.Contains(true, expected);
        Assert.Contains(false, expected);
        Assert.Same(openings, ParagraphOpenings.For(corpus));
    }

    [Fact]
    public void IsFirstInParagraph_GivesEachPassageItsOwnAnswer_WhenThreadsFillNeighboursAtOnce()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var openings = ParagraphOpenings.For(corpus);
        var passages = corpus.Passages;
        var answers = new bool[4, passages.Count];
        Parallel.For(0, 4, thread =>
        {
            // Each thread in its own order (forwards or backwards, from its own start), so threads set bits of one word at once.
            var count = passages.Count;
            for (var i = 0; i < count; i++)
            {
                var step = thread % 2 == 0 ? i : count - 1 - i;
                var passage = passages[(step + (thread * count / 4)) % count];
                answers[thread, passage.Ordinal] = openings.IsFirstInParagraph(passage);
            }
        });

        foreach (var passage in passages)
        {
            var expected = corpus.ArticleOf(passage).Blocks[passage.BlockIndex].Start == passage.Start;
            for (var thread = 0; thread < 4; thread++)
            {
                Assert.Equal(expected, answers[thread, passage.Ordinal]);
            }
        }
    }
}
