using System.Runtime.CompilerServices;
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
/// <item>most touched passages score far below the best few: a cut taken from a sample of the scores lets through
/// only about twice <c>depth</c> of them, gathered without a branch as they are scored, and the best <c>depth</c> of
/// those are picked by a partial quicksort instead of a heap whose comparer is called through an interface.</item>
/// </list>
/// </summary>
internal static partial class TermAtATimeCollector
{
    public static void Collect(InvertedIndex index, in FirstStageScoring scoring, int depth, SearchScratch work)
    {
        var touched = Accumulate(index, scoring.Concepts, work);
        var factors = scoring.Factors(ref work.Factors, touched.Length);
        var scores = new TouchedScores(touched, work.Scores, work.Masks, factors, scoring.LargestFactor(factors), scoring);
        Select(ref scores, depth, work);
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
                var weights = index.PostingWeights(alternative.TermId);
                var list = new PostingList(passages, idf, bit);
                count = weights.IsCoded
                    ? Add(list, new CodedRun(weights.Codes[..passages.Length], weights.Table), touched, count, scores, masks)
                    : Add(list, new FloatRun(weights.Floats[..passages.Length]), touched, count, scores, masks);
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

    /// <summary>Adds one term's postings (<paramref name="list"/>'s passages, their weights in <paramref name="weights"/>); returns the new count of touched passages.</summary>
    private static int Add<TRun>(PostingList list, TRun weights, Span<int> touched, int count, float[] scores, ulong[] masks)
        where TRun : IWeightRun, allows ref struct
    {
        var passages = list.Passages;
        for (var k = 0; k < passages.Length; k++)
        {
            var p = passages[k];
            var mask = masks[p];
            touched[count] = p;
            count += mask == 0 ? 1 : 0;
            scores[p] += list.Idf * weights.At(k);
            masks[p] = mask | list.Bit;
        }

        return count;
    }

    private readonly ref struct PostingList(ReadOnlySpan<int> passages, float idf, ulong bit)
    {
        public ReadOnlySpan<int> Passages { get; } = passages;

        public float Idf { get; } = idf;

        public ulong Bit { get; } = bit;
    }

    /// <summary>Which way <see cref="Select"/> went (for the tests, which must see every way taken).</summary>
    internal enum Selection
    {
        /// <summary>Too few scores to sample: each one gathered.</summary>
        Plain,

        /// <summary>Only scores at or above the sampled cut were gathered, and at least <c>depth</c> of them were.</summary>
        Cut,

        /// <summary>Fewer than <c>depth</c> scores reached the cut: every score was gathered again.</summary>
        CutTooHigh,
    }

    /// <summary>The first-stage scores of a query's candidates, one per index, with the passage each belongs to.</summary>
    internal interface IScores
    {
        int Count { get; }

        float Score(int i);

        int Passage(int i);

        /// <summary>Whether a cheap test can rule scores out (see <see cref="MayReach"/>).</summary>
        bool HasCeilings { get; }

        /// <summary>
        /// Writes to <paramref name="passing"/> (at least <see cref="Count"/> long), ascending, the index of every score
        /// that may reach <paramref name="cut"/> (&gt; 0) — every one that does among them — and returns how many: a
        /// test cheaper than the score.
        /// </summary>
        int MayReach(float cut, Span<int> passing);
    }

    /// <summary>
    /// Leaves in <see cref="SearchScratch.FirstStage"/> the <paramref name="depth"/> best of <paramref name="scores"/>
    /// (higher score, then lower passage; NaN never), in no order — the set offering every score in turn to a heap
    /// keeps. A score below a cut that at least <paramref name="depth"/> scores reach is beaten by all of those, so it
    /// cannot be among the best: when the sampled cut turns out to be reached by fewer, the cut proves nothing and
    /// every score is gathered.
    /// </summary>
    internal static Selection Select<TScores>(scoped ref TScores scores, int depth, SearchScratch work)
        where TScores : IScores, allows ref struct
    {
        // One slot more than scores: a score below the cut is written past the gathered ones before it is overwritten.
        var pool = work.Candidates(scores.Count + 1);
        var cut = SampledCut(ref scores, depth);
        var gathered = Gather(ref scores, cut, pool, work);
        var way = cut == float.NegativeInfinity ? Selection.Plain : gathered >= depth ? Selection.Cut : Selection.CutTooHigh;
        if (way == Selection.CutTooHigh)
        {
            gathered = Gather(ref scores, float.NegativeInfinity, pool, work);
        }

        if (gathered > depth)
        {
            BestFirst(pool.AsSpan(0, gathered), depth);
            gathered = depth;
        }

        work.CandidateCount = gathered;
        return way;
    }

    /// <summary>
    /// Writes every score at or above <paramref name="cut"/> (never NaN) to <paramref name="pool"/>; returns how many.
    /// Not inlined: inside the search's one large method its loop kept its counters on the stack.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Gather<TScores>(scoped ref TScores scores, float cut, Candidate[] pool, SearchScratch work)
        where TScores : IScores, allows ref struct
    {
        var gathered = 0;
        var count = scores.Count;
        if (cut > 0 && scores.HasCeilings)
        {
            // Nearly every score falls below the cut: a cheap test rules most of them out before their scores are worked out.
            var passing = work.Passing(count).AsSpan(0, scores.MayReach(cut, work.Passing(count)));
            foreach (var i in passing)
            {
                var score = scores.Score(i);
                pool[gathered] = new Candidate(score, scores.Passage(i));
                gathered += score >= cut ? 1 : 0;
            }

            return gathered;
        }

        for (var i = 0; i < count; i++)
        {
            var score = scores.Score(i);
            pool[gathered] = new Candidate(score, scores.Passage(i));
            gathered += score >= cut ? 1 : 0;
        }

        return gathered;
    }

    /// <summary>
    /// A cut that about twice <paramref name="depth"/> scores reach: every <c>stride</c>-th score is sampled and the
    /// cut is the k-th best sample, k × stride ≈ 2 × depth. −∞ (no cut) when there are too few scores for sampling to
    /// pay (or for the kept samples to fit on the stack), or too few samples above −∞.
    /// </summary>
    private static float SampledCut<TScores>(scoped ref TScores scores, int depth)
        where TScores : IScores, allows ref struct
    {
        var count = scores.Count;
        var stride = count / (4 * Math.Max(1, depth));
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
        for (var i = 0; i < count; i += stride)
        {
            var score = scores.Score(i);
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

    /// <summary>The touched passages' first-stage scores, worked out when asked for (each at most twice: sampled, then gathered).</summary>
    private readonly ref struct TouchedScores(ReadOnlySpan<int> touched, float[] sums, ulong[] masks, float[]? factors, float largestFactor, FirstStageScoring scoring) : IScores
    {
        private readonly ReadOnlySpan<int> touched = touched;

        public int Count => touched.Length;

        public int Passage(int i) => touched[i];

        public bool HasCeilings => largestFactor != float.PositiveInfinity;

        public int MayReach(float cut, Span<int> passing)
        {
            // Locals, so that the loop runs in registers: one load a passage, a multiply and a compare.
            var list = touched;
            var sumOf = sums;
            var largest = largestFactor;
            var count = 0;
            for (var i = 0; i < list.Length; i++)
            {
                passing[count] = i;
                count += FirstStageScoring.MayReach(sumOf[list[i]], largest, cut) ? 1 : 0;
            }

            return count;
        }

        public float Score(int i)
        {
            var p = touched[i];
            return factors is null ? scoring.Score(sums[p], masks[p], p) : scoring.Score(sums[p], factors[(int)masks[p]], p);
        }
    }
}
