using System.Text.RegularExpressions;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;

namespace ChatBot.Core.Ranking;

/// <summary>
/// What the ranking features need to know about a question, worked out once: its planned concepts in question order,
/// their weights, which of them are names or numbers, what kind of answer it wants and the question word it uses.
/// </summary>
public sealed partial class QuestionProfile
{
    private const int FilterWords = 64;

    private readonly ulong[] termFilter = new ulong[FilterWords];

    private QuestionProfile(QueryPlan plan, QuestionKind kind, float[]? vector)
    {
        Plan = plan;
        Vector = vector;
        Kind = kind;
        // Plain loops, not LINQ: a profile is made for every question, and its iterators and delegates showed up there.
        var concepts = new QueryConcept[Math.Min(plan.Concepts.Count, 64)];
        Weights = new float[concepts.Length];
        EvidenceWeights = new float[concepts.Length];
        for (var c = 0; c < concepts.Length; c++)
        {
            concepts[c] = plan.Concepts[c];
            Weights[c] = concepts[c].Weight;
            EvidenceWeights[c] = Math.Clamp(concepts[c].Weight, QueryPlan.MinEvidenceWeight, QueryPlan.MaxEvidenceWeight);
        }

        Concepts = concepts;

        // Enumerable.Sum over an array (adds in a double, rounds once): kept, it neither allocates nor calls per item.
        TotalWeight = Weights.Sum();
        TotalEvidenceWeight = EvidenceWeights.Sum();
        InOrder = KnownByPosition(concepts);
        InOrderGaps = InOrder.Length < 2 ? [] : new int[InOrder.Length - 1];
        for (var i = 0; i < InOrderGaps.Length; i++)
        {
            InOrderGaps[i] = concepts[InOrder[i + 1]].Position - concepts[InOrder[i]].Position;
        }

        MaxWeight = Largest(Weights);
        for (var c = 0; c < Concepts.Count; c++)
        {
            if (Concepts[c].IsName && Concepts[c].IsKnown)
            {
                Names |= 1UL << c;
                NameWeight += Weights[c];
            }

            if (!Concepts[c].IsKnown)
            {
                UnknownWeight += Weights[c];
                UnknownNames += Concepts[c].IsName ? 1 : 0;
            }
        }

        foreach (var c in InOrder)
        {
            var alternatives = concepts[c].Alternatives;
            for (var a = 0; a < alternatives.Count; a++)
            {
                var alternative = alternatives[a];
                var list = TermConcepts.TryGetValue(alternative.TermId, out var existing) ? existing : TermConcepts[alternative.TermId] = [];
                list.Add((c, alternative.Weight));
                termFilter[(alternative.TermId >> 6) & (FilterWords - 1)] |= 1UL << alternative.TermId;
            }
        }

        Wh = WhOf(plan.Query);
        Surface = new SurfaceOverlap(plan.Query);
        Wanted = AnswerFeatureDetector.Required(kind);
        IsNegated = Negation().IsMatch(plan.Query);
    }

    public QueryPlan Plan { get; }

    /// <summary>The question's unit vector from the sentence encoder, when the index has passage vectors of the same encoder.</summary>
    public float[]? Vector { get; }

    /// <summary>Ranked with the semantic features too (the question and the index have vectors of one encoder).</summary>
    public bool IsDense => Vector is not null;

    /// <summary>The question's own word sequences, for phrase overlap with sentences.</summary>
    public SurfaceOverlap Surface { get; }

    public QuestionKind Kind { get; }

    public WhWord Wh { get; }

    public AnswerFeatures Wanted { get; }

    /// <summary>The plan's concepts (at most 64, one bit each in masks).</summary>
    public IReadOnlyList<QueryConcept> Concepts { get; }

    public float[] Weights { get; }

    /// <summary>Weights clamped to a band: in a small corpus idf is a noisy judge of importance.</summary>
    public float[] EvidenceWeights { get; }

    public float TotalWeight { get; }

    public float TotalEvidenceWeight { get; }

    public float MaxWeight { get; }

    /// <summary>Known concepts by their position in the question, for phrase and order features.</summary>
    public int[] InOrder { get; }

    /// <summary>
    /// The words between each pair of neighbours in <see cref="InOrder"/> (entry i: from i to i + 1), worked out once:
    /// every sentence of every candidate looks each of them up.
    /// </summary>
    internal int[] InOrderGaps { get; }

    /// <summary>Bit per known concept the question typed as a name or number.</summary>
    public ulong Names { get; }

    public float NameWeight { get; }

    /// <summary>Weight of the concepts the corpus has no term for.</summary>
    public float UnknownWeight { get; }

    /// <summary>Names and numbers the question asks about that the corpus never mentions.</summary>
    public int UnknownNames { get; }

    /// <summary>For each index term that stands for a concept: which concepts, and how well.</summary>
    public Dictionary<int, List<(int Concept, float Quality)>> TermConcepts { get; } = [];

    /// <summary>
    /// <see cref="TermConcepts"/> for one term, with a bit per term (modulo 4,096) checked first: matching reads every
    /// term of some 24 passages, and nearly all of them stand for no concept.
    /// </summary>
    public bool TryConcepts(int term, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out List<(int Concept, float Quality)>? concepts)
    {
        if ((termFilter[(term >> 6) & (FilterWords - 1)] & (1UL << term)) == 0)
        {
            concepts = null;
            return false;
        }

        return TermConcepts.TryGetValue(term, out concepts);
    }

    /// <summary>The question holds a negation ("not", "never", "n't").</summary>
    public bool IsNegated { get; }

    public static QuestionProfile For(QueryPlan plan, QuestionKind kind, float[]? vector = null) => new(plan, kind, vector);

    /// <summary>The weighted share of the question a set of concepts (bit mask) stands for.</summary>
    public float Share(ulong mask, bool evidenceWeights = false)
    {
        var weights = evidenceWeights ? EvidenceWeights : Weights;
        var total = evidenceWeights ? TotalEvidenceWeight : TotalWeight;
        var sum = 0f;

        // Only the mask's concepts, in order: a sum that starts at +0 is never -0, so the zeros the others added changed
        // nothing, and every sentence of every candidate asks this.
        for (var bits = Within(mask, weights.Length); bits != 0; bits &= bits - 1)
        {
            sum += weights[System.Numerics.BitOperations.TrailingZeroCount(bits)];
        }

        return total <= 0 ? 0 : sum / total;
    }

    /// <summary>The weight of the heaviest concept outside the mask, over the heaviest of all (0 when all are in).</summary>
    public float HeaviestMissing(ulong mask)
    {
        var heaviest = 0f;
        for (var bits = Within(~mask, Weights.Length); bits != 0; bits &= bits - 1)
        {
            heaviest = MathF.Max(heaviest, Weights[System.Numerics.BitOperations.TrailingZeroCount(bits)]);
        }

        return MaxWeight <= 0 ? 0 : heaviest / MaxWeight;
    }

    /// <summary>The mask's bits for the first <paramref name="count"/> concepts (at most 64).</summary>
    private static ulong Within(ulong mask, int count) => count >= 64 ? mask : mask & ((1UL << count) - 1);

    /// <summary>The known concepts' indexes by position, ties in index order (what a stable <c>OrderBy</c> gives).</summary>
    internal static int[] KnownByPosition(QueryConcept[] concepts)
    {
        var order = new List<int>(concepts.Length);
        for (var c = 0; c < concepts.Length; c++)
        {
            if (!concepts[c].IsKnown)
            {
                continue;
            }

            // Insertion sort (a question has a handful of concepts), moving only past strictly later positions.
            var at = order.Count;
            while (at > 0 && concepts[order[at - 1]].Position > concepts[c].Position)
            {
                at--;
            }

            order.Insert(at, c);
        }

        return [.. order];
    }

    /// <summary>The largest weight as <c>Enumerable.Max</c> finds it: NaN only when all are NaN, the first of equals, 0 when none.</summary>
    internal static float Largest(float[] weights)
    {
        if (weights.Length == 0)
        {
            return 0;
        }

        var max = weights[0];
        for (var c = 1; c < weights.Length; c++)
        {
            if (weights[c] > max || float.IsNaN(max))
            {
                max = weights[c];
            }
        }

        return max;
    }

    private static WhWord WhOf(string question)
    {
        var match = WhPattern().Match(question);
        if (!match.Success)
        {
            return YesNo().IsMatch(question) ? WhWord.YesNo : WhWord.Other;
        }

        return match.Groups[1].Value.ToLowerInvariant() switch
        {
            "how many" or "how much" => WhWord.HowMany,
            "how" => WhWord.How,
            "what" => WhWord.What,
            "which" => WhWord.Which,
            "who" or "whom" or "whose" => WhWord.Who,
            "when" => WhWord.When,
            "where" => WhWord.Where,
            "why" => WhWord.Why,
            _ => WhWord.Other,
        };
    }

    [GeneratedRegex(@"\b(how many|how much|how|what|which|whom|whose|who|when|where|why)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhPattern();

    [GeneratedRegex(@"^\W*(did|does|do|is|was|were|are|has|have|had|can|could|will|would|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesNo();

    [GeneratedRegex(@"\b(not|never|no|none|nor|neither|without)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();
}
