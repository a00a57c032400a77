namespace ChatBot.Core.Search;

/// <summary>
/// How well each sentence of a passage covers a query: per concept, the quality of the best match in the sentence
/// (1 = as asked, less through an alias), weighted by the concept's weight over the query's total.
/// </summary>
internal sealed class SentenceCoverage(int sentences, IReadOnlyList<float> weights)
{
    private readonly int conceptCount = Math.Min(weights.Count, 64);
    private readonly float total = weights.Sum();
    private readonly float[] quality = new float[sentences * Math.Max(1, Math.Min(weights.Count, 64))];
    private readonly ulong[] masks = new ulong[sentences];

    public int Count => sentences;

    public void Add(int sentence, int concept, float matchQuality)
    {
        masks[sentence] |= 1UL << concept;
        ref var slot = ref quality[(sentence * conceptCount) + concept];
        slot = MathF.Max(slot, matchQuality);
    }

    public ulong Mask(int sentence) => masks[sentence];

    /// <summary>Weighted coverage of one sentence.</summary>
    public float Of(int sentence) => Window(sentence, sentence);

    /// <summary>Weighted coverage of sentences first..last taken together (each concept at its best match).</summary>
    public float Window(int first, int last)
    {
        if (total <= 0)
        {
            return 0;
        }

        first = Math.Max(0, first);
        last = Math.Min(sentences - 1, last);
        var sum = 0f;
        for (var c = 0; c < conceptCount; c++)
        {
            var best = 0f;
            for (var s = first; s <= last; s++)
            {
                best = MathF.Max(best, quality[(s * conceptCount) + c]);
            }

            sum += weights[c] * best;
        }

        return sum / total;
    }
}
