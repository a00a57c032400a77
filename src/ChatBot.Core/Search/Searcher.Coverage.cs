using System.Numerics;

namespace ChatBot.Core.Search;

// How much of a query's weight a passage covers: the concepts' total, and the share a mask of matched concepts holds.
public sealed partial class Searcher
{
    /// <summary>The concepts' weights added as <c>Enumerable.Sum</c> adds floats: in a double, rounded once at the end.</summary>
    internal static float TotalWeight(List<QueryConcept> concepts)
    {
        var sum = 0d;
        foreach (var concept in concepts)
        {
            sum += concept.Weight;
        }

        return (float)sum;
    }

    /// <summary>
    /// The coverage of every possible concept mask, when there are few enough concepts to list them. A mask's sum is
    /// the sum without its highest concept plus that concept's weight: the same additions in the same (ascending)
    /// order as <see cref="Coverage"/>, so equal to the bit, at one addition a mask.
    /// </summary>
    internal static float[]? CoverageTable(List<QueryConcept> concepts, float total, SearchScratch work)
    {
        if (concepts.Count > 10)
        {
            return null;
        }

        if (total <= 0)
        {
            return work.Coverages(1 << concepts.Count, zero: true);
        }

        var sums = work.Coverages(1 << concepts.Count, zero: false);
        sums[0] = 0f;
        for (var c = 0; c < concepts.Count; c++)
        {
            var high = 1 << c;
            var weight = concepts[c].Weight;
            for (var rest = 0; rest < high; rest++)
            {
                sums[high | rest] = sums[rest] + weight;
            }
        }

        for (var mask = 0; mask < 1 << concepts.Count; mask++)
        {
            sums[mask] /= total;
        }

        return sums;
    }

    internal static float Coverage(ulong mask, IReadOnlyList<QueryConcept> concepts, float total)
    {
        if (total <= 0)
        {
            return 0;
        }

        // Only the matched concepts, in ascending order: the same additions as a pass over every concept testing its bit.
        var matched = 0f;
        for (var rest = concepts.Count >= 64 ? mask : mask & ((1UL << concepts.Count) - 1); rest != 0; rest &= rest - 1)
        {
            matched += concepts[BitOperations.TrailingZeroCount(rest)].Weight;
        }

        return matched / total;
    }
}
