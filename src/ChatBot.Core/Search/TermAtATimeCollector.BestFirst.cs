namespace ChatBot.Core.Search;

// The pick of the best few among the gathered candidates.
internal static partial class TermAtATimeCollector
{
    /// <summary>
    /// Moves the <paramref name="k"/> best of <paramref name="items"/> (distinct passages, so no two are equal) to its
    /// front, in no order: a quickselect, which sorts what is left once it has split more often than a fair run needs.
    /// </summary>
    internal static void BestFirst(Span<Candidate> items, int k)
    {
        var (lo, hi) = (0, items.Length - 1);
        var budget = (2 * System.Numerics.BitOperations.Log2((uint)items.Length)) + 4;
        while (lo < hi)
        {
            if (budget-- == 0)
            {
                items[lo..(hi + 1)].Sort();
                return;
            }

            var pivot = MedianOfThree(items, lo, hi);
            var (i, j) = (lo, hi);
            while (i <= j)
            {
                while (items[i].CompareTo(pivot) < 0)
                {
                    i++;
                }

                while (items[j].CompareTo(pivot) > 0)
                {
                    j--;
                }

                if (i <= j)
                {
                    (items[i], items[j]) = (items[j], items[i]);
                    i++;
                    j--;
                }
            }

            // [lo, j] come before the pivot or are it, [i, hi] after or it, and between them only the pivot.
            if (k - 1 <= j)
            {
                hi = j;
            }
            else if (k - 1 >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }
    }

    private static Candidate MedianOfThree(Span<Candidate> items, int lo, int hi)
    {
        var mid = lo + ((hi - lo) >> 1);
        if (items[mid].CompareTo(items[lo]) < 0)
        {
            (items[mid], items[lo]) = (items[lo], items[mid]);
        }

        if (items[hi].CompareTo(items[lo]) < 0)
        {
            (items[hi], items[lo]) = (items[lo], items[hi]);
        }

        if (items[hi].CompareTo(items[mid]) < 0)
        {
            (items[hi], items[mid]) = (items[mid], items[hi]);
        }

        return items[mid];
    }
}
