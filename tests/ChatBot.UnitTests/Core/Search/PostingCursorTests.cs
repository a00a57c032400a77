using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

/// <summary>
/// A cursor remembers the block its last block bound came from and answers from it while the target stays inside that
/// block. Whatever mix of probes, single steps and block bounds has moved it, the answer must be the one a cursor that
/// remembers nothing gives at the same position: a bound from a block that ends before the target could be too low and
/// let pruning drop a passage that qualifies.
/// </summary>
public sealed class PostingCursorTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    public void BlockBound_IsWhatAFreshCursorGives_AfterAnyMoves(int seed)
    {
        var index = TestCorpus.Synthetic.Index;
        var arrays = index.Arrays;
        var weights = arrays.PostingWeights.ToArray();
        var random = new Random(seed);
        var terms = Enumerable.Range(0, index.TermCount).Where(t => index.PostingPassages(t).Length >= 20).ToArray();
        var compared = 0;
        for (var list = 0; list < 200; list++)
        {
            var term = terms[random.Next(terms.Length)];
            var cursor = Cursor(arrays.PostingPassages, weights, arrays.PostingOffsets[term], arrays.PostingOffsets[term + 1]);
            var target = arrays.PostingPassages[cursor.Position];
            while (cursor.Position < cursor.End)
            {
                // Mostly small steps, so that several targets fall into one block and the cursor is often ahead of the
                // target (a probe that overshot), now and then a longer jump.
                target += random.Next(8) == 0 ? random.Next(1, 200) : random.Next(0, 3);
                switch (random.Next(4))
                {
                    case 0:
                        cursor.AdvanceTo(target);
                        break;
                    case 1:
                        cursor.Position++;
                        break;
                    default:
                        var fresh = Cursor(cursor.Passages, cursor.Weights, cursor.Position, cursor.End);
                        Assert.Equal(fresh.BlockBound(index, target), cursor.BlockBound(index, target));
                        Assert.Equal(fresh.Position, cursor.Position);
                        compared++;
                        break;
                }
            }
        }

        Assert.True(compared > 2_000, $"only {compared} bounds compared");
    }

    /// <summary>
    /// Probes land anywhere from the cursor's own posting to far past its end; each must stop at the first posting at or
    /// after the target, and never read past <see cref="PostingCursor.End"/>: the lists here are followed by lower
    /// passage numbers (as the next term's postings are in the index's flat array), which a probe must not count.
    /// </summary>
    [Theory]
    [InlineData(5)]
    [InlineData(29)]
    public void AdvanceTo_StopsAtTheFirstPostingAtOrAfterTheTarget(int seed)
    {
        var random = new Random(seed);
        var probes = 0;
        for (var list = 0; list < 400; list++)
        {
            var length = random.Next(1, list % 4 == 0 ? 20 : 300);
            var start = random.Next(0, 10);
            var passages = new int[start + length + random.Next(0, 12)];
            var passage = random.Next(0, 5);
            for (var k = start; k < start + length; k++)
            {
                passages[k] = passage;
                passage += random.Next(1, random.Next(2) == 0 ? 4 : 40);
            }

            var cursor = Cursor(passages, new float[passages.Length], start, start + length);
            var target = passages[start] - 1;
            while (cursor.Position < cursor.End)
            {
                target += random.Next(5) == 0 ? random.Next(1, 400) : random.Next(0, 6);
                cursor.AdvanceTo(target);
                var expected = start;
                while (expected < start + length && passages[expected] < target)
                {
                    expected++;
                }

                Assert.Equal(expected, cursor.Position);
                probes++;
            }
        }

        Assert.True(probes > 5_000, $"only {probes} probes");
    }

    private static PostingCursor Cursor(int[] passages, float[] weights, int start, int end) =>
        new() { Passages = passages, Weights = weights, Factor = 1.5f, Position = start, End = end, Concept = 0, UpperBound = float.MaxValue };
}
