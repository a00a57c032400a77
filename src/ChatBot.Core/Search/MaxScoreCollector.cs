using System.Numerics;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Search;

/// <summary>
/// Document-at-a-time top-k with MaxScore pruning (Turtle and Flood, 1995). Concepts are ordered by the most they
/// can add to a passage; once the heap holds its k candidates, the lowest-bound concepts whose bounds together
/// (times the coverage they could bring) cannot beat the k-th score become non-essential: their postings are only
/// probed, by skipping, for passages an essential concept holds, and a passage is dropped as soon as what it has plus
/// what it could still get cannot beat the k-th. Exact: the top k are those the exhaustive path keeps, to the bit.
/// </summary>
internal static class MaxScoreCollector
{
    /// <summary>Bounds are float sums: a little slack keeps rounding from ever pruning a passage that would qualify.</summary>
    private const float Slack = 1.0001f;

    public static void Collect(InvertedIndex index, in FirstStageScoring scoring, int depth, SearchScratch work)
    {
        var cursors = work.Cursors;
        var count = Open(index, scoring.Concepts, work);
        SortByBound(cursors, count);
        var bounds = work.PrefixBounds;
        var bits = work.PrefixBits;
        for (var i = 0; i < count; i++)
        {
            bounds[i + 1] = bounds[i] + cursors[i].UpperBound;
            bits[i + 1] = bits[i] | (1UL << cursors[i].Concept);
        }

        var reach = scoring.MaxPenalty * Slack;
        var threshold = float.NegativeInfinity;
        var essential = 0;

        // With one essential list left, its block maximum only changes when it enters a block or the threshold rises.
        var blockCheckAt = 0;
        var scores = work.CandidateScores;

        // The factor of a passage's concepts plus every non-essential one: with one essential list left, the same for
        // every passage, so it is worked out once, when the list becomes the last essential one.
        var singleFactor = 0f;
        while (true)
        {
            int passage;
            ulong mask;
            float partial;
            float factor;
            if (count - essential == 1)
            {
                ref var only = ref cursors[essential];
                if (only.Position >= blockCheckAt && threshold > float.NegativeInfinity)
                {
                    SkipBlocks(index, ref only, (bounds[essential], scoring.Factor(bits[count]) * reach), threshold);
                    blockCheckAt = ((only.Position >> InvertedIndex.BlockShift) + 1) << InvertedIndex.BlockShift;
                }

                if (only.Position >= only.End)
                {
                    break;
                }

                passage = only.Passages[only.Position];
                partial = only.Score;
                scores[only.Concept] = partial;
                mask = 1UL << only.Concept;
                factor = singleFactor;
                only.Position++;
            }
            else
            {
                passage = int.MaxValue;
                for (var i = essential; i < count; i++)
                {
                    passage = Math.Min(passage, cursors[i].Passage);
                }

                if (passage == int.MaxValue)
                {
                    break;
                }

                (mask, partial) = ScoreEssential(cursors, essential, count, passage, scores);
                factor = essential > 0 ? scoring.Factor(mask | bits[essential]) : 0f;
            }

            // The loose bound first; only a passage it cannot drop pays for the bounds of the current blocks.
            var pruned = essential > 0 && (partial + bounds[essential]) * factor * reach <= threshold;
            if (!pruned && essential > 0)
            {
                var tight = work.BlockBounds;
                for (var i = 0; i < essential; i++)
                {
                    tight[i + 1] = tight[i] + cursors[i].BlockBound(index, passage);
                }

                // factor stays Factor(mask | bits[i + 1]): a concept found moves from one side of the union to the
                // other, so only a concept not found changes it.
                for (var i = essential - 1; i >= 0; i--)
                {
                    if ((partial + tight[i + 1]) * factor * reach <= threshold)
                    {
                        pruned = true;
                        break;
                    }

                    ref var cursor = ref cursors[i];
                    cursor.AdvanceTo(passage);
                    if (cursor.Passage == passage)
                    {
                        var s = cursor.Score;
                        scores[cursor.Concept] = s;
                        mask |= 1UL << cursor.Concept;
                        partial += s;
                    }
                    else if (i > 0)
                    {
                        factor = scoring.Factor(mask | bits[i]);
                    }
                }
            }

            if (pruned)
            {
                continue;
            }

            // Summed in concept order, as the exhaustive path adds them, so the scores are equal to the bit.
            var sum = 0f;
            for (var rest = mask; rest != 0; rest &= rest - 1)
            {
                sum += scores[BitOperations.TrailingZeroCount(rest)];
            }

            var score = scoring.Score(sum, mask, passage);
            if (score < threshold || !Searcher.Offer(work.Best, depth, passage, score))
            {
                continue;
            }

            work.Masks[passage] = mask;
            work.Touched.Add(passage);
            if (work.Best.Count == depth && work.Best.TryPeek(out _, out var worst) && worst.Score > threshold)
            {
                threshold = worst.Score;
                blockCheckAt = 0;
                while (essential < count && bounds[essential + 1] * scoring.Factor(bits[essential + 1]) * reach <= threshold)
                {
                    essential++;
                }

                if (count - essential == 1)
                {
                    singleFactor = scoring.Factor((1UL << cursors[essential].Concept) | bits[essential]);
                }
            }
        }
    }

    /// <summary>Adds up the essential cursors that hold <paramref name="passage"/> and moves them past it.</summary>
    private static (ulong Mask, float Partial) ScoreEssential(PostingCursor[] cursors, int essential, int count, int passage, float[] scores)
    {
        var mask = 0UL;
        var partial = 0f;
        for (var i = essential; i < count; i++)
        {
            ref var cursor = ref cursors[i];
            if (cursor.Passage == passage)
            {
                var s = cursor.Score;
                scores[cursor.Concept] = s;
                mask |= 1UL << cursor.Concept;
                partial += s;
                cursor.Position++;
            }
        }

        return (mask, partial);
    }

    /// <summary>
    /// With one essential concept left, skips the blocks of its postings whose best weight, with everything the
    /// non-essential concepts could add, cannot beat the threshold (Block-Max, Ding and Suel 2011).
    /// </summary>
    private static void SkipBlocks(InvertedIndex index, ref PostingCursor cursor, (float Others, float Factor) reach, float threshold)
    {
        while (cursor.Position < cursor.End && (cursor.BlockMax(index) + reach.Others) * reach.Factor <= threshold)
        {
            cursor.Position = Math.Min(cursor.End, ((cursor.Position >> InvertedIndex.BlockShift) + 1) << InvertedIndex.BlockShift);
        }
    }

    /// <summary>One cursor per concept that has postings; a concept with several alternatives gets them merged (best of).</summary>
    private static int Open(InvertedIndex index, List<QueryConcept> concepts, SearchScratch work)
    {
        var arrays = index.Arrays;
        var count = 0;
        for (var c = 0; c < concepts.Count; c++)
        {
            var alternatives = concepts[c].Alternatives;
            if (alternatives.Count == 0)
            {
                continue;
            }

            if (alternatives.Count == 1)
            {
                var term = alternatives[0].TermId;
                var idf = concepts[c].Weight * alternatives[0].Weight;
                work.Cursors[count] = new PostingCursor
                {
                    Passages = arrays.PostingPassages,
                    Weights = arrays.PostingWeights.Floats,
                    Codes = arrays.PostingWeights.IsCoded ? arrays.PostingWeights.Codes : null,
                    Table = arrays.PostingWeights.Table,
                    Factor = idf,
                    Position = arrays.PostingOffsets[term],
                    End = arrays.PostingOffsets[term + 1],
                    Concept = c,
                    UpperBound = idf * index.MaxWeight(term),
                };
            }
            else
            {
                work.Cursors[count] = AlternativeMerge.Open(index, concepts[c], c, work);
            }

            if (work.Cursors[count].Position < work.Cursors[count].End)
            {
                count++;
            }
        }

        return count;
    }

    private static void SortByBound(PostingCursor[] cursors, int count)
    {
        for (var i = 1; i < count; i++)
        {
            var current = cursors[i];
            var j = i - 1;
            while (j >= 0 && cursors[j].UpperBound > current.UpperBound)
            {
                cursors[j + 1] = cursors[j];
                j--;
            }

            cursors[j + 1] = current;
        }
    }
}
