using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Search;

/// <summary>
/// A concept with several alternatives as one postings list: each passage any alternative holds, scoring the best of
/// its alternatives (a maximum, so the same value in any order), a passage whose best is not positive left out as the
/// exhaustive path leaves it out. The best scores are kept in a per-passage array and the passages in a bitmap, so the
/// cost is one write per posting plus one read per bitmap word: merging the lists pairwise rewrote the growing merged
/// list once per alternative, which was most of the 120k corpus's slowest queries (concepts of 5–7 alternatives).
/// Each block of 64 merged postings gets its best score, so a merged list skips blocks as an index list does.
/// </summary>
internal static class AlternativeMerge
{
    private const int BlockMask = (1 << InvertedIndex.BlockShift) - 1;

    public static PostingCursor Open(InvertedIndex index, QueryConcept concept, int c, SearchScratch work)
    {
        var bound = 0f;
        var total = 0;
        // Indexed loops, not foreach: the alternatives are an interface, whose enumerator is an object each time.
        var alternatives = concept.Alternatives;
        for (var a = 0; a < alternatives.Count; a++)
        {
            var alternative = alternatives[a];
            bound = MathF.Max(bound, concept.Weight * alternative.Weight * index.MaxWeight(alternative.TermId));
            total += index.PostingPassages(alternative.TermId).Length;
        }

        // The buffers before the marks: growing them is what may throw, and a throw after the marks would leave them for
        // this thread's next search (Reset does not clear them).
        var (merged, scores, maxima) = work.MergeBuffers(c, total);
        var best = work.ConceptScores;
        var present = work.PassageBits;
        var (low, high) = (int.MaxValue, -1);
        for (var a = 0; a < alternatives.Count; a++)
        {
            var alternative = alternatives[a];
            var passages = index.PostingPassages(alternative.TermId);
            var weights = index.PostingWeights(alternative.TermId);
            if (passages.Length == 0)
            {
                continue;
            }

            var idf = concept.Weight * alternative.Weight;
            if (weights.IsCoded)
            {
                Mark(passages, new CodedRun(weights.Codes, weights.Table), idf, best, present);
            }
            else
            {
                Mark(passages, new FloatRun(weights.Floats), idf, best, present);
            }

            (low, high) = (Math.Min(low, passages[0] >> 6), Math.Max(high, passages[^1] >> 6));
        }

        // The running best of the block kept in a register: reading it back from the array chained every posting to
        // the store before it.
        var (n, top) = (0, 0f);
        for (var word = low; word <= high; word++)
        {
            for (var bits = present[word]; bits != 0; bits &= bits - 1)
            {
                var p = (word << 6) | BitOperations.TrailingZeroCount(bits);
                var s = best[p];
                best[p] = 0;
                if (!(s > 0))
                {
                    continue;
                }

                top = (n & BlockMask) == 0 ? s : Larger(s, top);
                maxima[n >> InvertedIndex.BlockShift] = top;
                (merged[n], scores[n]) = (p, s);
                n++;
            }

            present[word] = 0;
        }

        return new PostingCursor { Passages = merged, Weights = scores, Factor = 1f, Position = 0, End = n, Concept = c, UpperBound = bound, MergedBlockMaxima = maxima };
    }

    /// <summary>Raises each of the alternative's passages to its score in <paramref name="best"/> and sets its bit in <paramref name="present"/>.</summary>
    private static void Mark<TRun>(ReadOnlySpan<int> passages, TRun weights, float idf, float[] best, ulong[] present)
        where TRun : IWeightRun, allows ref struct
    {
        // The bits of the word being filled kept in a register: or-ing each into memory chained every posting to
        // the store of the one before it (a list's passages ascend, so neighbours share a word).
        var (word, filling) = (passages[0] >> 6, 0UL);
        for (var k = 0; k < passages.Length; k++)
        {
            // Without a branch: whether an alternative beats the best so far is a coin toss the processor cannot
            // predict once alternatives overlap. A passage none scores above zero is left out below.
            var p = passages[k];
            ref var b = ref best[p];
            b = Larger(idf * weights.At(k), b);
            if (p >> 6 != word)
            {
                present[word] |= filling;
                (word, filling) = (p >> 6, 0UL);
            }

            filling |= 1UL << p;
        }

        present[word] |= filling;
    }

    /// <summary><paramref name="score"/> when it is greater than <paramref name="best"/>, else <paramref name="best"/>: one <c>maxss</c>, no branch.</summary>
    private static float Larger(float score, float best) =>
        Sse.IsSupported ? Sse.MaxScalar(Vector128.CreateScalarUnsafe(score), Vector128.CreateScalarUnsafe(best)).ToScalar() : score > best ? score : best;
}
