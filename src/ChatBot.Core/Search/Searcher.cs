using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;

namespace ChatBot.Core.Search;

/// <summary>
/// Two-stage ranking. Stage one is BM25F over postings, taking per concept the best of its alternatives
/// (word, alias, spelling correction), scaled by how much of the query's weight the passage covers. Stage two
/// re-scores the best candidates for query concepts that occur near each other, in order.
/// </summary>
public sealed partial class Searcher(CorpusIndex corpus, SearchOptions? options = null)
{
    private readonly SearchOptions settings = options ?? SearchOptions.Default;
    private readonly ThreadLocal<SearchScratch> scratch = new(() => new SearchScratch());

    /// <summary>This thread's scratch (tests: what a search leaves in it).</summary>
    internal SearchScratch ThreadScratch => scratch.Value!;

    public CorpusIndex Corpus => corpus;

    /// <summary>Scores every touched passage instead of pruning: the reference the tests compare the pruned path with.</summary>
    internal bool Exhaustive { get; init; }

    /// <summary>
    /// Up to this many postings over the query's terms, adding them all up term by term is cheaper than pruning
    /// document by document: about 10 ns a posting against 25 ns a visited passage, and on short lists pruning skips
    /// little (SciFact, 5,300 postings a claim: first stage 0.06 against 0.13 ms). The tests set 0 to exercise pruning.
    /// </summary>
    internal int TermAtATimeLimit { get; init; } = 16_384;

    private int Postings(List<QueryConcept> concepts)
    {
        var total = 0;
        foreach (var concept in concepts)
        {
            // Indexed, not foreach: the alternatives are an interface, whose enumerator is an object each time.
            var alternatives = concept.Alternatives;
            for (var a = 0; a < alternatives.Count; a++)
            {
                total += corpus.Index.PostingPassages(alternatives[a].TermId).Length;
            }
        }

        return total;
    }

    public IReadOnlyList<SearchHit> Search(QueryPlan plan, int top) => Search(plan, top, out _);

    /// <summary>The search, and the walks its re-scoring made over the hits' words (valid until this thread's next search).</summary>
    internal IReadOnlyList<SearchHit> Search(QueryPlan plan, int top, out WalkedPassages walked)
    {
        walked = default;
        var concepts = FirstConcepts(plan.Concepts);
        if (top <= 0 || !AnyKnown(concepts))
        {
            return [];
        }

        var work = scratch.Value!;
        work.Reset(corpus.Index.PassageCount);
        var total = TotalWeight(concepts);
        var depth = Math.Max(settings.RescoreDepth, top);
        var coverages = CoverageTable(concepts, total, work);
        var scoring = new FirstStageScoring(concepts, coverages, total, settings, corpus.ReferencePassages);
        if (Exhaustive)
        {
            CollectExhaustive(concepts, scoring, depth, work);
            work.TakeBest();
        }
        else if (Postings(concepts) <= TermAtATimeLimit)
        {
            TermAtATimeCollector.Collect(corpus.Index, scoring, depth, work);
        }
        else
        {
            try
            {
                MaxScoreCollector.Collect(corpus.Index, scoring, depth, work);
            }
            finally
            {
                work.ReturnMerges();
            }

            work.TakeBest();
        }

        var wanted = AnswerFeatureDetector.Required(plan.Kind);
        var rescorer = work.Rescorer;
        rescorer.Begin(corpus.Index, concepts);
        try
        {
            work.Bound.Begin(concepts, rescorer.Total, minPostingWeight.Value, wanted, settings, ProximityWeight(concepts.Count));
            Shortlist(top, concepts, wanted, work);
        }
        finally
        {
            rescorer.End();
        }

        walked = new WalkedPassages(rescorer.Walks, rescorer.Walks.Generation, corpus.Index, plan);

        var hits = new SearchHit[work.Kept.Count];
        for (var i = 0; i < hits.Length; i++)
        {
            var (score, passage) = work.Kept[i];
            hits[i] = new SearchHit(i + 1, corpus.Passages[passage], score, Coverage(work.Masks[passage], concepts, total), work.Masks[passage]);
        }

        return hits;
    }

    /// <summary>
    /// The first 64 concepts (a mask has a bit for each): the plan's own list when it has no more (the planner makes a
    /// list, and nothing here writes to it), else copied without LINQ's iterator and list growth.
    /// </summary>
    private static List<QueryConcept> FirstConcepts(IReadOnlyList<QueryConcept> all)
    {
        if (all is List<QueryConcept> { Count: <= 64 } list)
        {
            return list;
        }

        var count = Math.Min(all.Count, 64);
        var concepts = new List<QueryConcept>(count);
        for (var c = 0; c < count; c++)
        {
            concepts.Add(all[c]);
        }

        return concepts;
    }

    private static bool AnyKnown(List<QueryConcept> concepts)
    {
        foreach (var concept in concepts)
        {
            if (concept.IsKnown)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Re-scores every candidate instead of stopping at the bound: the reference the tests compare the early stop with.</summary>
    internal bool RescoreAll { get; init; }

    /// <summary>The smallest posting weight of the index: whether a posting can score zero (see <see cref="RescoreBound"/>).</summary>
    private readonly Lazy<float> minPostingWeight = new(() => RescoreBound.Minimum(corpus.Index.Arrays.PostingWeights.Distinct));

    /// <summary>
    /// Leaves in <see cref="SearchScratch.Kept"/> the best <paramref name="top"/> candidates by re-scored score (then
    /// passage), as re-scoring all of them would. Candidates are re-scored in order of their bound and the rest are
    /// left once the bound cannot beat the <paramref name="top"/>-th re-scored score (a tie still can, by passage).
    /// </summary>
    private void Shortlist(int top, List<QueryConcept> concepts, AnswerFeatures wanted, SearchScratch work)
    {
        var candidates = work.FirstStage;
        var order = work.RescoreOrder(candidates.Length).AsSpan(0, candidates.Length);
        for (var i = 0; i < candidates.Length; i++)
        {
            var (score, passage) = candidates[i];
            order[i] = new RescoreCandidate(RescoreAll ? double.PositiveInfinity : work.Bound.Of(score, work.Masks[passage]), passage, score);
        }

        order.Sort();
        var kept = work.Kept;
        // Room for what can arrive: a caller may ask for every hit (int.MaxValue), and the scratch is kept for the thread.
        kept.Clear(Math.Min(top, candidates.Length));
        foreach (var (bound, passage, firstStage) in order)
        {
            if (kept.Count == top && bound < kept.Worst.Score)
            {
                break;
            }

            kept.Offer(passage, Rescore(passage, firstStage, concepts, wanted, work.Rescorer));
        }
    }

    /// <summary>
    /// Scores every passage any concept touches (the reference the pruned path must agree with). Only the best few
    /// candidates are re-scored, so they are kept in a bounded heap instead of sorting every passage.
    /// </summary>
    private void CollectExhaustive(List<QueryConcept> concepts, FirstStageScoring scoring, int depth, SearchScratch work)
    {
        Accumulate(concepts, work);
        var threshold = float.NegativeInfinity;
        foreach (var p in work.Touched)
        {
            var score = scoring.Score(work.Scores[p], work.Masks[p], p);
            if (score >= threshold && Offer(work.Best, depth, p, score) && work.Best.Count == depth)
            {
                work.Best.TryPeek(out _, out var worst);
                threshold = worst.Score;
            }
        }
    }

    /// <summary>Keeps <paramref name="passage"/> when it beats the worst of the best <paramref name="depth"/>; true when the heap changed.</summary>
    internal static bool Offer(PriorityQueue<int, (float Score, int Passage)> best, int depth, int passage, float score)
    {
        if (best.Count < depth)
        {
            best.Enqueue(passage, (score, passage));
            return true;
        }

        if (best.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare((score, passage), worst) > 0)
        {
            best.DequeueEnqueue(passage, (score, passage));
            return true;
        }

        return false;
    }

    internal float Rescore(int passage, float firstStage, List<QueryConcept> concepts, AnswerFeatures wanted, PassageRescorer rescorer)
    {
        var (proximity, bestSentence) = rescorer.Score(corpus.Index, passage, concepts, wanted, settings);
        return (firstStage * (settings.SentenceFloor + ((1 - settings.SentenceFloor) * bestSentence))) + (ProximityWeight(concepts.Count) * proximity);
    }

    /// <summary>
    /// The proximity bonus sums over every pair of concepts, so it grows with the square of the query's length while
    /// BM25 grows linearly: past four concepts it is scaled back (a twelve-word claim would otherwise be ranked by
    /// proximity alone).
    /// </summary>
    internal float ProximityWeight(int concepts) => settings.ProximityWeight * MathF.Min(1f, 3f / Math.Max(1, concepts - 1));

    private void Accumulate(List<QueryConcept> concepts, SearchScratch work)
    {
        var index = corpus.Index;
        for (var c = 0; c < concepts.Count; c++)
        {
            var bit = 1UL << c;
            if (concepts[c].Alternatives.Count == 1)
            {
                AccumulateSingle(concepts[c], bit, work);
                continue;
            }

            work.ConceptTouched.Clear();
            var alternatives = concepts[c].Alternatives;
            for (var a = 0; a < alternatives.Count; a++)
            {
                var alternative = alternatives[a];
                var idf = concepts[c].Weight * alternative.Weight;
                work.MergeAlternative(index.PostingPassages(alternative.TermId), index.PostingWeights(alternative.TermId), idf);
            }

            foreach (var p in work.ConceptTouched)
            {
                if (work.Masks[p] == 0)
                {
                    work.Touched.Add(p);
                }

                work.Scores[p] += work.ConceptScores[p];
                work.Masks[p] |= bit;
                work.ConceptScores[p] = 0;
            }
        }
    }

    /// <summary>A concept with one term needs no best-of-alternatives pass: its postings add straight to the scores.</summary>
    private void AccumulateSingle(QueryConcept concept, ulong bit, SearchScratch work)
    {
        var alternative = concept.Alternatives[0];
        var idf = concept.Weight * alternative.Weight;
        var passages = corpus.Index.PostingPassages(alternative.TermId);
        var weights = corpus.Index.PostingWeights(alternative.TermId);
        var scores = work.Scores;
        var masks = work.Masks;
        for (var k = 0; k < passages.Length; k++)
        {
            var p = passages[k];
            if (masks[p] == 0)
            {
                work.Touched.Add(p);
            }

            scores[p] += idf * weights[k];
            masks[p] |= bit;
        }
    }

    /// <summary>Orders candidates worst first: lower score, then (on a tie) the later passage.</summary>
    internal sealed class WorstFirst : IComparer<(float Score, int Passage)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Score, int Passage) x, (float Score, int Passage) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Passage.CompareTo(x.Passage);
    }
}
