namespace ChatBot.Core.Search;

/// <summary>
/// Per-thread working space sized to the corpus and the query, reused from query to query: accumulators cleared
/// through the list of touched passages only, the candidate heap, and the postings cursors of dynamic pruning.
/// </summary>
/// <param name="merges">Where the merged postings' buffers are borrowed from (tests give a pool of their own).</param>
internal sealed class SearchScratch(MergeBufferPool? merges = null)
{
    private readonly MergeBufferPool pool = merges ?? MergeBufferPool.Shared;

    public float[] Scores { get; private set; } = [];
    public float[] ConceptScores { get; private set; } = [];
    public ulong[] Masks { get; private set; } = [];

    /// <summary>A bit per passage, all clear between uses (see <see cref="AlternativeMerge"/>).</summary>
    public ulong[] PassageBits { get; private set; } = [];
    public List<int> Touched { get; } = [];
    public List<int> ConceptTouched { get; } = [];

    /// <summary>The best candidates so far, worst first.</summary>
    public PriorityQueue<int, (float Score, int Passage)> Best { get; } = new(Searcher.WorstFirst.Instance);

    public PassageRescorer Rescorer { get; } = new();

    public RescoreBound Bound { get; } = new();

    /// <summary>The re-scored candidates kept so far, best first.</summary>
    public KeptCandidates Kept { get; } = new();

    private RescoreCandidate[] rescoreOrder = new RescoreCandidate[64];

    /// <summary>A reused array of at least <paramref name="size"/> candidates to order by their bound.</summary>
    public RescoreCandidate[] RescoreOrder(int size)
    {
        if (rescoreOrder.Length < size)
        {
            rescoreOrder = new RescoreCandidate[size];
        }

        return rescoreOrder;
    }

    private Candidate[] candidates = new Candidate[64];

    /// <summary>The first stage's candidates, in no order: the first <see cref="CandidateCount"/> of <see cref="Candidates"/>.</summary>
    public ReadOnlySpan<Candidate> FirstStage => candidates.AsSpan(0, CandidateCount);

    public int CandidateCount { get; set; }

    /// <summary>A reused array of at least <paramref name="size"/> first-stage candidates.</summary>
    public Candidate[] Candidates(int size)
    {
        if (candidates.Length < size)
        {
            candidates = new Candidate[Math.Max(size, 2 * candidates.Length)];
        }

        return candidates;
    }

    private int[] passing = new int[64];

    /// <summary>A reused array of at least <paramref name="size"/> indexes (the scores a first-stage cut may let through).</summary>
    public int[] Passing(int size)
    {
        if (passing.Length < size)
        {
            passing = new int[Math.Max(size, 2 * passing.Length)];
        }

        return passing;
    }

    /// <summary>Moves the candidates a heap-keeping collector left in <see cref="Best"/> to <see cref="FirstStage"/>.</summary>
    public void TakeBest()
    {
        var taken = Candidates(Best.Count);
        var n = 0;
        foreach (var (passage, priority) in Best.UnorderedItems)
        {
            taken[n++] = new Candidate(priority.Score, passage);
        }

        CandidateCount = n;
    }

    public PostingCursor[] Cursors { get; } = new PostingCursor[64];

    /// <summary>Per concept, its score in the passage being evaluated.</summary>
    public float[] CandidateScores { get; } = new float[64];

    /// <summary>Per cursor slot (ascending bound): the sum of the bounds and the concept bits of the slots below it.</summary>
    public float[] PrefixBounds { get; } = new float[65];
    public ulong[] PrefixBits { get; } = new ulong[65];

    /// <summary>Per cursor slot: the sum of the block bounds of the slots below it, for the passage being evaluated.</summary>
    public float[] BlockBounds { get; } = new float[65];

    /// <summary>The merged postings' buffers lent to the search under way, if it merged any (see <see cref="MergeBufferPool"/>).</summary>
    private MergeBuffers? lent;

    private float[] coverages = [];


    /// <summary>The first-stage factor of every concept mask of the query (see <see cref="FirstStageScoring.Factors"/>).</summary>
    public float[] Factors = [];

    /// <summary>A reused table of at least <paramref name="size"/> coverages (cleared when <paramref name="zero"/>).</summary>
    public float[] Coverages(int size, bool zero)
    {
        if (coverages.Length < size)
        {
            coverages = new float[size];
        }

        if (zero)
        {
            Array.Clear(coverages, 0, size);
        }

        return coverages;
    }

    /// <summary>
    /// Buffers for concept <paramref name="c"/>'s merged postings (and their block maxima), at least <paramref name="size"/>
    /// long, from a set borrowed for this search until <see cref="ReturnMerges"/>.
    /// </summary>
    public (int[] Passages, float[] Scores, float[] BlockMaxima) MergeBuffers(int c, int size) =>
        (lent ??= pool.Rent()).For(c, size);

    /// <summary>
    /// Gives the borrowed merge buffers back once the first stage is done with its cursors, and clears the cursors, which
    /// would otherwise keep the buffers reachable from this thread whether or not the pool kept them.
    /// </summary>
    public void ReturnMerges()
    {
        if (lent is null)
        {
            return;
        }

        Array.Clear(Cursors);
        pool.Return(lent);
        lent = null;
    }

    /// <summary>Whether this scratch still reaches merged postings' buffers (tests: none once a search is over).</summary>
    internal bool HoldsMergeBuffers => lent is not null || Cursors.Any(c => c.MergedBlockMaxima is not null);

    /// <summary>
    /// One alternative of a concept: each passage's concept score becomes the best of its alternatives
    /// (<paramref name="idf"/> × the posting's weight); passages first touched are listed in <see cref="ConceptTouched"/>.
    /// </summary>
    public void MergeAlternative(ReadOnlySpan<int> passages, Indexing.PostingWeightSpan weights, float idf)
    {
        if (weights.IsCoded)
        {
            MergeAlternative(passages, new CodedRun(weights.Codes, weights.Table), idf);
        }
        else
        {
            MergeAlternative(passages, new FloatRun(weights.Floats), idf);
        }
    }

    private void MergeAlternative<TRun>(ReadOnlySpan<int> passages, TRun weights, float idf)
        where TRun : IWeightRun, allows ref struct
    {
        for (var k = 0; k < passages.Length; k++)
        {
            var p = passages[k];
            var s = idf * weights.At(k);
            if (s > ConceptScores[p])
            {
                if (ConceptScores[p] == 0)
                {
                    ConceptTouched.Add(p);
                }

                ConceptScores[p] = s;
            }
        }
    }

    /// <summary>Touching at least 1/<see cref="WipeShare"/> of the passages clears the whole accumulators.</summary>
    internal const int WipeShare = 4;

    public void Reset(int passageCount)
    {
        Best.Clear();
        CandidateCount = 0;
        if (Scores.Length != passageCount)
        {
            Scores = new float[passageCount];
            ConceptScores = new float[passageCount];
            PassageBits = new ulong[(passageCount + 63) >> 6];
            Masks = new ulong[passageCount];
            Touched.Clear();
            return;
        }

        if (Touched.Count >= passageCount / WipeShare)
        {
            // A wipe streams through the arrays where the list scatters its stores: past a share of the corpus it is cheaper.
            Array.Clear(Scores);
            Array.Clear(Masks);
        }
        else
        {
            foreach (var p in Touched)
            {
                Scores[p] = 0;
                Masks[p] = 0;
            }
        }

        Touched.Clear();
    }
}
