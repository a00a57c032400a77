using System.Runtime.InteropServices;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Search;

/// <summary>
/// The first stage when the query's lists are short: every posting added to its passage, concept after concept, then
/// the best <c>depth</c> passages by first-stage score. Keeps the same candidates as <see cref="Searcher"/>'s
/// exhaustive reference (the same additions in the same order, the same scoring, the same heap order), cheaper in
/// two places:
/// <list type="bullet">
/// <item>a passage is listed as touched without a branch per posting (its slot is always written, and the count only
/// moves when the passage had no concept yet), which mispredicted on every list after the first;</item>
/// <item>most touched passages score far below the best few, and offering them one by one to the heap cost more than
/// scoring them: a cut taken from a sample of the scores lets through only about twice <c>depth</c> of them.</item>
/// </list>
/// </summary>
internal static class TermAtATimeCollector
{
    public static void Collect(InvertedIndex index, in FirstStageScoring scoring, int depth, SearchScratch work)
    {
        var touched = Accumulate(index, scoring.Concepts, work);
        var scores = work.TouchedScores(touched.Length);
        var sums = work.Scores;
        var masks = work.Masks;
        if (scoring.Factors(ref work.Factors, touched.Length) is { } factors)
        {
            for (var i = 0; i < touched.Length; i++)
            {
                var p = touched[i];
                scores[i] = scoring.Score(sums[p], factors[(int)masks[p]], p);
            }
        }
        else
        {
            for (var i = 0; i < touched.Length; i++)
            {
                var p = touched[i];
                scores[i] = scoring.Score(sums[p], masks[p], p);
            }
        }

        Select(scores.AsSpan(0, touched.Length), touched, depth, work.Best);
    }

    /// <summary>Adds up every concept's postings into <see cref="SearchScratch.Scores"/> and <see cref="SearchScratch.Masks"/>; returns the touched passages.</summary>
    private static ReadOnlySpan<int> Accumulate(InvertedIndex index, List<QueryConcept> concepts, SearchScratch work)
    {
        // One slot more than passages: a passage already listed is written past the end of the list before it is overwritten.
        CollectionsMarshal.SetCount(work.Touched, index.PassageCount + 1);
        var touched = CollectionsMarshal.AsSpan(work.Touched);
        var count = 0;
        var scores = work.Scores;
        var masks = work.Masks;
        for (var c = 0; c < concepts.Count; c++)
        {
            var concept = concepts[c];
            var bit = 1UL << c;
            if (concept.Alternatives.Count == 1)
            {
                var alternative = concept.Alternatives[0];
                var idf = concept.Weight * alternative.Weight;
                var passages = index.PostingPassages(alternative.TermId);
                var weights = index.PostingWeights(alternative.TermId)[..passages.Length];
                for (var k = 0; k < passages.Length; k++)
                {
                    var p = passages[k];
                    var mask = masks[p];
                    touched[count] = p;
                    count += mask == 0 ? 1 : 0;
                    scores[p] += idf * weights[k];
                    masks[p] = mask | bit;
                }

                continue;
            }

            work.ConceptTouched.Clear();
            // Indexed, not foreach: the alternatives are an interface, whose enumerator is an object each time.
            var alternatives = concept.Alternatives;
            for (var a = 0; a < alternatives.Count; a++)
            {
                var alternative = alternatives[a];
                work.MergeAlternative(index.PostingPassages(alternative.TermId), index.PostingWeights(alternative.TermId), concept.Weight * alternative.Weight);
            }

            var best = work.ConceptScores;
            foreach (var p in work.ConceptTouched)
            {
                var mask = masks[p];
                touched[count] = p;
                count += mask == 0 ? 1 : 0;
                scores[p] += best[p];
                masks[p] = mask | bit;
                best[p] = 0;
            }
        }

        CollectionsMarshal.SetCount(work.Touched, count);
        return CollectionsMarshal.AsSpan(work.Touched);
    }

    /// <summary>Which way <see cref="Select"/> went (for the tests, which must see every way taken).</summary>
    internal enum Selection
    {
        /// <summary>Too few scores to sample: each offered in turn.</summary>
        Plain,

        /// <summary>Only scores at or above the sampled cut were offered, and at least <c>depth</c> of them were.</summary>
        Cut,

        /// <summary>Fewer than <c>depth</c> scores reached the cut: the heap was emptied and every score offered.</summary>
        CutTooHigh,
    }

    /// <summary>
    /// Leaves in <paramref name="best"/> the <paramref name="depth"/> best of <paramref name="scores"/> (higher score,
    /// then lower passage; NaN never), as offering every score in turn would. A score below a cut that at least
    /// <paramref name="depth"/> scores reach is beaten by all of those, so it cannot be among the best: when the
    /// sampled cut turns out to be reached by fewer, the cut proves nothing and every score is offered.
    /// </summary>
    internal static Selection Select(ReadOnlySpan<float> scores, ReadOnlySpan<int> passages, int depth, PriorityQueue<int, (float Score, int Passage)> best)
    {
        var cut = SampledCut(scores, depth);
        if (cut == float.NegativeInfinity)
        {
            Offer(scores, passages, depth, best, cut);
            return Selection.Plain;
        }

        if (Offer(scores, passages, depth, best, cut) >= depth)
        {
            return Selection.Cut;
        }

        best.Clear();
        Offer(scores, passages, depth, best, float.NegativeInfinity);
        return Selection.CutTooHigh;
    }

    /// <summary>Offers the scores at or above <paramref name="cut"/>; returns how many there were.</summary>
    private static int Offer(ReadOnlySpan<float> scores, ReadOnlySpan<int> passages, int depth, PriorityQueue<int, (float Score, int Passage)> best, float cut)
    {
        var threshold = cut;
        var reached = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var score = scores[i];
            if (score >= cut)
            {
                reached++;
                if (score >= threshold && Searcher.Offer(best, depth, passages[i], score) && best.Count == depth)
                {
                    best.TryPeek(out _, out var worst);
                    threshold = worst.Score;
                }
            }
        }

        return reached;
    }

    /// <summary>
    /// A cut that about twice <paramref name="depth"/> scores reach: every <c>stride</c>-th score is sampled and the
    /// cut is the k-th best sample, k × stride ≈ 2 × depth. −∞ (no cut) when there are too few scores for sampling to
    /// pay (or for the kept samples to fit on the stack), or too few samples above −∞.
    /// </summary>
    private static float SampledCut(ReadOnlySpan<float> scores, int depth)
    {
        var stride = scores.Length / (4 * Math.Max(1, depth));
        if (stride < 4)
        {
            return float.NegativeInfinity;
        }

        var k = ((2 * depth) + stride - 1) / stride;
        if (k > 256)
        {
            return float.NegativeInfinity;
        }

        Span<float> kept = stackalloc float[k];
        kept.Fill(float.NegativeInfinity);
        for (var i = 0; i < scores.Length; i += stride)
        {
            var score = scores[i];
            if (score > kept[k - 1])
            {
                var j = k - 1;
                for (; j > 0 && kept[j - 1] < score; j--)
                {
                    kept[j] = kept[j - 1];
                }

                kept[j] = score;
            }
        }

        return kept[k - 1];
    }
}
