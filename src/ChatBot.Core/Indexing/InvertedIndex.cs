using System.Runtime.CompilerServices;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Postings for every term over passages, in flat arrays. Each posting carries the passage's BM25F
/// pseudo term frequency (field weights and length normalisation already applied), and each passage keeps its
/// term stream with word positions for phrase and proximity scoring.
/// </summary>
public sealed class InvertedIndex
{
    internal InvertedIndex(IndexArrays arrays)
    {
        Arrays = arrays;
        SurfaceWords = new SurfaceVocabulary(arrays.SurfaceWords, arrays.SurfaceTerms, arrays.SurfaceFrequencies);
        maxWeights = MaxWeights(arrays);
        blockMaxWeights = BlockMaxWeights(arrays.PostingWeights);
    }

    /// <summary>Postings per block of <see cref="BlockMaxWeight"/>.</summary>
    public const int BlockShift = 6;

    private readonly float[] blockMaxWeights;

    /// <summary>
    /// The largest weight among the postings at <paramref name="position"/>'s block of the flat postings array (a block
    /// may straddle two terms: its maximum still bounds each of them), so a query can skip blocks that cannot matter.
    /// </summary>
    public float BlockMaxWeight(int position) => blockMaxWeights[position >> BlockShift];

    private static float[] BlockMaxWeights(PostingWeights weights)
    {
        var result = new float[(weights.Length >> BlockShift) + 1];
        for (var k = 0; k < weights.Length; k++)
        {
            ref var max = ref result[k >> BlockShift];
            max = MathF.Max(max, weights[k]);
        }

        return result;
    }

    private readonly float[] maxWeights;

    /// <summary>The largest posting weight of a term: the bound that lets a query skip passages that cannot make the top.</summary>
    public float MaxWeight(int termId) => maxWeights[termId];

    private static float[] MaxWeights(IndexArrays arrays)
    {
        var result = new float[arrays.Terms.Count];
        var weights = arrays.PostingWeights;
        var offsets = arrays.PostingOffsets;
        for (var t = 0; t < result.Length; t++)
        {
            var max = 0f;
            for (var k = offsets[t]; k < offsets[t + 1]; k++)
            {
                max = MathF.Max(max, weights[k]);
            }

            result[t] = max;
        }

        return result;
    }

    private bool[]? numberTerms;

    /// <summary>Per term: whether it is a number (digits or a number word), for features that look for numbers near a match.</summary>
    public bool IsNumber(int termId) => (numberTerms ?? NumberTerms())[termId];

    /// <summary>Made on first use, out of line so that <see cref="IsNumber"/> stays small enough to inline.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool[] NumberTerms() => numberTerms = [.. Arrays.Terms.Select(Text.NumberWords.IsNumber)];

    /// <summary>True when the articles write this (folded) word in capitals somewhere.</summary>
    public bool IsAcronym(string folded) => Arrays.Acronyms.Contains(folded);

    internal IndexArrays Arrays { get; }

    public int PassageCount => Arrays.PassageCount;

    /// <summary>The average number of indexed terms in a passage's body (for length normalisation in features).</summary>
    public float AverageTerms => averageTerms ??= Arrays.PassageCount == 0 ? 0 : Arrays.TokenTerms.Length / (float)Arrays.PassageCount;

    private float? averageTerms;

    public int TermCount => Arrays.Terms.Count;

    internal SurfaceVocabulary SurfaceWords { get; }

    /// <summary>The term's number, or -1 when no passage has it.</summary>
    public int TermId(string term) => Arrays.Terms.IndexOf(term);

    /// <inheritdoc cref="TermId(string)"/>
    public int TermId(ReadOnlySpan<char> term) => Arrays.Terms.IndexOf(term);

    /// <summary>The term as a new string (the index holds its terms as bytes: see <see cref="WordTable"/>).</summary>
    public string Term(int termId) => Arrays.Terms[termId];

    /// <summary>BM25 inverse document frequency (always positive).</summary>
    public float Idf(int termId)
    {
        var n = Arrays.PassageCount;
        var df = Arrays.DocFreq[termId];
        return MathF.Log(1f + ((n - df + 0.5f) / (df + 0.5f)));
    }

    public ReadOnlySpan<int> PostingPassages(int termId) =>
        Arrays.PostingPassages.AsSpan(Arrays.PostingOffsets[termId], Arrays.PostingOffsets[termId + 1] - Arrays.PostingOffsets[termId]);

    internal PostingWeightSpan PostingWeights(int termId) =>
        Arrays.PostingWeights.Slice(Arrays.PostingOffsets[termId], Arrays.PostingOffsets[termId + 1] - Arrays.PostingOffsets[termId]);

    public NarrowIntSpan PassageTerms(int passage) =>
        Arrays.TokenTerms.Slice(Arrays.TokenOffsets[passage], Arrays.TokenOffsets[passage + 1] - Arrays.TokenOffsets[passage]);

    public ReadOnlySpan<int> SentenceStarts(int passage) =>
        Arrays.SentenceStarts.AsSpan(Arrays.SentenceOffsets[passage], Arrays.SentenceOffsets[passage + 1] - Arrays.SentenceOffsets[passage]);

    public ReadOnlySpan<Questions.AnswerFeatures> SentenceFeatures(int passage) =>
        Arrays.SentenceFeatures.AsSpan(Arrays.SentenceOffsets[passage], Arrays.SentenceOffsets[passage + 1] - Arrays.SentenceOffsets[passage]);

    public NarrowIntSpan PassagePositions(int passage) =>
        Arrays.TokenPositions.Slice(Arrays.TokenOffsets[passage], Arrays.TokenOffsets[passage + 1] - Arrays.TokenOffsets[passage]);
}
