namespace ChatBot.Core.Search;

/// <summary>
/// The smallest non-zero distance in words between an occurrence of one concept and one of another, and whether some
/// pair at that distance lies as the two words do in the query (<c>b - a == queryGap</c>).
/// </summary>
internal static class ClosestOccurrence
{
    /// <summary>
    /// On sorted positions, one forward pass: the closest pair always has, for its first position, the nearest
    /// different position of the second list on one side, so only those two neighbours are compared. Unsorted
    /// positions fall back to <see cref="Pairwise"/>. Both give the same answer (distance 0 when no pair differs).
    /// </summary>
    public static (int Distance, bool InOrder) Find(ReadOnlySpan<int> first, ReadOnlySpan<int> second, int queryGap) =>
        Find(first, second, queryGap, IsSorted(first) && IsSorted(second));

    /// <summary>The same, told whether both lists are sorted (a caller pairing each list with many others checks each once).</summary>
    public static (int Distance, bool InOrder) Find(ReadOnlySpan<int> first, ReadOnlySpan<int> second, int queryGap, bool sorted)
    {
        if (!sorted)
        {
            return Pairwise(first, second, queryGap);
        }

        var best = int.MaxValue;
        var inOrder = false;
        var below = 0;
        var above = 0;
        foreach (var a in first)
        {
            while (below < second.Length && second[below] < a)
            {
                below++;
            }

            above = Math.Max(above, below);
            while (above < second.Length && second[above] <= a)
            {
                above++;
            }

            if (below > 0)
            {
                Consider(second[below - 1] - a, queryGap, ref best, ref inOrder);
            }

            if (above < second.Length)
            {
                Consider(second[above] - a, queryGap, ref best, ref inOrder);
            }

            if (CannotChange(best, inOrder, queryGap))
            {
                break;
            }
        }

        return (best == int.MaxValue ? 0 : best, inOrder);
    }

    /// <summary>
    /// Whether no later pair can change the answer: positions differ by at least 1, so a best of 1 is never beaten,
    /// and at distance 1 a pair only turns <c>inOrder</c> on — which is on already, or which no pair can turn on when
    /// the query's gap is not ±1 (a pair at distance 1 has a gap of ±1).
    /// </summary>
    private static bool CannotChange(int best, bool inOrder, int queryGap) =>
        best == 1 && (inOrder || (queryGap != 1 && queryGap != -1));

    /// <summary>Every position of one list against every position of the other.</summary>
    public static (int Distance, bool InOrder) Pairwise(ReadOnlySpan<int> first, ReadOnlySpan<int> second, int queryGap)
    {
        var best = int.MaxValue;
        var inOrder = false;
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                if (b != a)
                {
                    Consider(b - a, queryGap, ref best, ref inOrder);
                }
            }
        }

        return (best == int.MaxValue ? 0 : best, inOrder);
    }

    private static void Consider(int gap, int queryGap, ref int best, ref bool inOrder)
    {
        var d = Math.Abs(gap);
        if (d < best || (d == best && gap == queryGap))
        {
            best = d;
            inOrder = gap == queryGap;
        }
    }

    internal static bool IsSorted(ReadOnlySpan<int> positions)
    {
        for (var k = 1; k < positions.Length; k++)
        {
            if (positions[k] < positions[k - 1])
            {
                return false;
            }
        }

        return true;
    }
}
