namespace ChatBot.Core.Search;

/// <summary>
/// Per-thread working space sized to the corpus and the query, reused from query to query: accumulators cleared
/// through the list of touched passages only, the candidate heap, and the postings cursors of dynamic pruning.
/// </summary>
internal sealed class SearchScratch
{
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

    /// <summary>The re-scored candidates kept so far, worst first.</summary>
    public PriorityQueue<int, (float Score, int Passage)> Kept { get; } = new(Searcher.WorstFirst.Instance);

    private (double Bound, int Passage, float FirstStage)[] rescoreOrder = new (double, int, float)[64];

    /// <summary>A reused array of at least <paramref name="size"/> candidates to order by their bound.</summary>
    public (double Bound, int Passage, float FirstStage)[] RescoreOrder(int size)
    {
        if (rescoreOrder.Length < size)
        {
            rescoreOrder = new (double, int, float)[size];
        }

        return rescoreOrder;
    }

    public PostingCursor[] Cursors { get; } = new PostingCursor[64];

    /// <summary>Per concept, its score in the passage being evaluated.</summary>
    public float[] CandidateScores { get; } = new float[64];

    /// <summary>Per cursor slot (ascending bound): the sum of the bounds and the concept bits of the slots below it.</summary>
    public float[] PrefixBounds { get; } = new float[65];
    public ulong[] PrefixBits { get; } = new ulong[65];

    /// <summary>Per cursor slot: the sum of the block bounds of the slots below it, for the passage being evaluated.</summary>
    public float[] BlockBounds { get; } = new float[65];

    /// <summary>Per concept with several alternatives, its merged postings (reused buffers, grown on demand).</summary>
    public int[][] MergedPassages { get; } = new int[64][];
    public float[][] MergedScores { get; } = new float[64][];
    public float[][] MergedBlockMaxima { get; } = new float[64][];

    private float[] coverages = [];

    private float[] touchedScores = [];

    /// <summary>The first-stage factor of every concept mask of the query (see <see cref="FirstStageScoring.Factors"/>).</summary>
    public float[] Factors = [];

    /// <summary>A reused array of at least <paramref name="size"/> first-stage scores, one per touched passage.</summary>
    public float[] TouchedScores(int size)
    {
        if (touchedScores.Length < size)
        {
            touchedScores = new float[Math.Max(size, 2 * touchedScores.Length)];
        }

        return touchedScores;
    }

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

    /// <summary>Buffers for concept <paramref name="c"/>'s merged postings (and their block maxima), at least <paramref name="size"/> long.</summary>
    public (int[] Passages, float[] Scores, float[] BlockMaxima) MergeBuffers(int c, int size)
    {
        if ((MergedPassages[c]?.Length ?? 0) < size)
        {
            var length = Math.Max(size, 256);
            (MergedPassages[c], MergedScores[c], MergedBlockMaxima[c]) = (new int[length], new float[length], new float[(length >> Indexing.InvertedIndex.BlockShift) + 1]);
        }

        return (MergedPassages[c], MergedScores[c], MergedBlockMaxima[c]);
    }

    /// <summary>
    /// One alternative of a concept: each passage's concept score becomes the best of its alternatives
    /// (<paramref name="idf"/> × the posting's weight); passages first touched are listed in <see cref="ConceptTouched"/>.
    /// </summary>
    public void MergeAlternative(ReadOnlySpan<int> passages, ReadOnlySpan<float> weights, float idf)
    {
        for (var k = 0; k < passages.Length; k++)
        {
            var p = passages[k];
            var s = idf * weights[k];
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
