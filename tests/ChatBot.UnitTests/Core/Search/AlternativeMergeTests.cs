using ChatBot.Core.Indexing;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

/// <summary>
/// A concept's alternatives merged into one list must be what a plain best-of over each passage gives, and each block
/// maximum must be the largest score of its block: a maximum too low would let pruning skip a passage that qualifies.
/// </summary>
public sealed class AlternativeMergeTests
{
    [Fact]
    public void Open_GivesEachPassageItsBestAlternative_AndEachBlockItsLargestScore()
    {
        var index = TestCorpus.Synthetic;
        var frequent = Enumerable.Range(0, index.Index.TermCount)
            .OrderByDescending(t => index.Index.PostingPassages(t).Length).ThenBy(t => t).Take(60).ToArray();
        AssertMergesAsBestOf(index, frequent, seed: 5);
    }

    /// <summary>
    /// Rare terms (a few postings, mostly one to a 64-passage word of the bitmap) mixed with frequent ones (many to a
    /// word): every word change and every list's last word must reach the bitmap.
    /// </summary>
    [Fact]
    public void Open_GivesEachPassageItsBestAlternative_WhenRareAndFrequentTermsMix()
    {
        var index = TestCorpus.Synthetic;
        var byLength = Enumerable.Range(0, index.Index.TermCount)
            .OrderByDescending(t => index.Index.PostingPassages(t).Length).ThenBy(t => t).ToArray();
        var rare = byLength.Where(t => index.Index.PostingPassages(t).Length is >= 1 and <= 40).Take(200);
        var mixed = byLength.Take(20).Concat(rare).ToArray();
        Assert.True(mixed.Length >= 120);
        AssertMergesAsBestOf(index, mixed, seed: 9);
    }

    private static void AssertMergesAsBestOf(CorpusIndex index, int[] terms, int seed)
    {
        var random = new Random(seed);
        var work = new SearchScratch();
        for (var q = 0; q < 300; q++)
        {
            work.Reset(index.Index.PassageCount);
            var alternatives = Enumerable.Range(0, random.Next(2, 8))
                .Select(a => new TermAlternative(terms[random.Next(terms.Length)], random.Next(4) == 0 ? 0f : (float)(0.1 + random.NextDouble())))
                .ToList();
            var concept = new QueryConcept("c", 0, alternatives, 0.2f + (float)(random.NextDouble() * 4), ConceptSource.Exact);
            var c = random.Next(3);

            var cursor = AlternativeMerge.Open(index.Index, concept, c, work);

            var expected = Reference(index.Index, concept);
            Assert.Equal(expected.Keys, cursor.Passages.Take(cursor.End));
            Assert.Equal(expected.Values.Select(BitConverter.SingleToInt32Bits), cursor.Weights.Take(cursor.End).Select(BitConverter.SingleToInt32Bits));
            for (var start = 0; start < cursor.End; start += 1 << InvertedIndex.BlockShift)
            {
                cursor.Position = start;
                var block = cursor.Weights.Skip(start).Take(Math.Min(cursor.End - start, 1 << InvertedIndex.BlockShift)).Max();
                Assert.Equal(block, cursor.BlockMax(index.Index));
            }

            Assert.All(work.ConceptScores, s => Assert.Equal(0f, s));
            Assert.All(work.PassageBits, bits => Assert.Equal(0UL, bits));
        }
    }

    private static SortedDictionary<int, float> Reference(InvertedIndex index, QueryConcept concept)
    {
        var best = new SortedDictionary<int, float>();
        foreach (var alternative in concept.Alternatives)
        {
            var passages = index.PostingPassages(alternative.TermId);
            var weights = index.PostingWeights(alternative.TermId);
            for (var k = 0; k < passages.Length; k++)
            {
                var s = concept.Weight * alternative.Weight * weights[k];
                if (s > 0 && (!best.TryGetValue(passages[k], out var old) || s > old))
                {
                    best[passages[k]] = s;
                }
            }
        }

        return best;
    }
}
