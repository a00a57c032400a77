using System.Numerics;
using ChatBot.Core.Questions;

namespace ChatBot.Core.Search;

/// <summary>
/// The most re-scoring can give a candidate, from its first-stage score and the concepts it matched alone, so that
/// candidates whose bound cannot beat the current <c>top</c>-th re-scored score need no pass over their words.
/// Re-scored = first × (floor + (1 − floor) × best sentence) + proximity weight × proximity, where
/// <list type="bullet">
/// <item>best sentence ≤ the weighted share of the concepts present (each at its best alternative's quality), times
/// the answer-type bonus when the question wants a kind of fact;</item>
/// <item>a pair's proximity is min(weights) / distance with distance ≥ 1, doubled only when the distance equals the
/// query's gap — so at most 2 × min for concepts adjacent in the query and 1 × min otherwise — and pairs count
/// only when both concepts occur in the passage.</item>
/// </list>
/// A concept occurs in a passage's words only if the passage is in one of its alternatives' postings, so the
/// first-stage mask lists every concept that can occur — except when a posting's score could be zero (a concept with
/// several alternatives keeps only positive best-of scores): such concepts count as present everywhere.
/// </summary>
internal sealed class RescoreBound
{
    /// <summary>Relative slack for float rounding (the re-scored score is a few float operations; 1e-4 is far above their error).</summary>
    private const double Slack = 1e-4;

    /// <summary>log2 of the number of remembered masks (candidates of one query share few masks: a small table holds them).</summary>
    private const int CacheBits = 6;

    /// <summary>A free slot's mask: all 64 concepts present is a real mask too, so that one is always summed afresh.</summary>
    private const ulong Empty = ulong.MaxValue;

    /// <summary>Per slot, the present concepts whose sums it holds (<see cref="Empty"/> when none since <see cref="Begin"/>).</summary>
    private readonly ulong[] cachedMasks = new ulong[1 << CacheBits];
    private readonly (double Share, double Proximity)[] cachedSums = new (double, double)[1 << CacheBits];

    private double[] shares = [];
    private double[] pairs = [];
    private int count;
    private ulong everywhere;
    private double floor;
    private double sentenceCeiling;
    private double proximityWeight;

    /// <param name="total">The total weight the rescorer divides a sentence's share by.</param>
    public void Begin(List<QueryConcept> concepts, float total, float minPostingWeight, AnswerFeatures wanted, SearchOptions options, float proximityWeight)
    {
        count = Math.Min(concepts.Count, 64);
        if (shares.Length < count)
        {
            shares = new double[count];
            pairs = new double[count * count];
        }

        Array.Fill(cachedMasks, Empty);
        everywhere = 0;
        for (var c = 0; c < count; c++)
        {
            var concept = concepts[c];
            var quality = 0f;
            var alternatives = concept.Alternatives;
            for (var a = 0; a < alternatives.Count; a++)
            {
                var alternative = alternatives[a];
                quality = MathF.Max(quality, alternative.Weight);
                var idf = concept.Weight * alternative.Weight;
                if (alternatives.Count > 1 && !(idf > 0 && idf * minPostingWeight > 0))
                {
                    everywhere |= 1UL << c;
                }
            }

            shares[c] = total > 0 ? Math.Max(0.0, concept.Weight) * quality / total : 0;
            for (var j = c + 1; j < count; j++)
            {
                var gap = Math.Abs(concepts[j].Position - concept.Position);
                pairs[(c * count) + j] = Math.Abs(Math.Min(concept.Weight, concepts[j].Weight)) * (gap == 1 ? 2 : 1);
            }
        }

        floor = options.SentenceFloor;
        sentenceCeiling = wanted != AnswerFeatures.None ? Math.Max(1.0, 1.0 + options.AnswerTypeBonus) : 1.0;
        this.proximityWeight = Math.Abs(proximityWeight);
    }

    /// <summary>An upper bound (with slack) on the re-scored score of a candidate with this first-stage score and mask.</summary>
    public double Of(float firstStage, ulong mask)
    {
        var present = (mask | everywhere) & (count == 64 ? ulong.MaxValue : (1UL << count) - 1);
        var slot = (int)((present * 0x9E3779B97F4A7C15UL) >> (64 - CacheBits));
        if (cachedMasks[slot] != present || present == Empty)
        {
            cachedSums[slot] = Sums(present);
            cachedMasks[slot] = present;
        }

        var (share, proximity) = cachedSums[slot];
        share *= sentenceCeiling;
        double first = firstStage;
        var sentence = Math.Max(first * floor, first * (floor + ((1 - floor) * share)));
        var near = proximityWeight * proximity;
        var magnitude = (Math.Abs(first) * (Math.Abs(floor) + (Math.Abs(1 - floor) * share))) + near;
        return sentence + near + (Slack * magnitude) + 1e-30;
    }

    /// <summary>The concepts' shares and pairs' proximity summed over <paramref name="present"/> (quadratic in the concepts, hence remembered).</summary>
    private (double Share, double Proximity) Sums(ulong present)
    {
        var share = 0.0;
        var proximity = 0.0;
        for (var rest = present; rest != 0; rest &= rest - 1)
        {
            var c = BitOperations.TrailingZeroCount(rest);
            share += shares[c];
            for (var others = rest & (rest - 1); others != 0; others &= others - 1)
            {
                proximity += pairs[(c * count) + BitOperations.TrailingZeroCount(others)];
            }
        }

        return (share, proximity);
    }

    /// <summary>The smallest of <paramref name="weights"/> (NaN if any is NaN, +∞ if none).</summary>
    public static float Minimum(ReadOnlySpan<float> weights)
    {
        var min = float.PositiveInfinity;
        foreach (var weight in weights)
        {
            min = weight < min || float.IsNaN(weight) ? weight : min;
        }

        return min;
    }
}
