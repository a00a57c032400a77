namespace ChatBot.Core.Timeline;

/// <summary>
/// Entries keyed by a sentence (a passage ordinal and where the sentence starts) put in the order (passage, start, entry
/// number): a counting sort on the passage, then each passage's few entries by start. A loaded timeline has hundreds of
/// thousands of entries over about as many passages, and sorting them as (passage, start, entry) tuples through a comparer
/// was most of the time its events-by-sentence table took to make; these are linear passes.
/// </summary>
internal static class SentenceOrder
{
    // A passage with more entries than this has them sorted as keys; below it, insertion is quicker.
    private const int InsertionLimit = 24;

    /// <summary>
    /// Per passage where its entries begin (<paramref name="passages"/> + 1 numbers, the last the count), and the entry
    /// numbers in order. An entry whose passage is outside [0, <paramref name="passages"/>) is left out.
    /// </summary>
    public static (int[] PassageEntries, int[] Entries) Of(ReadOnlySpan<int> passageOf, ReadOnlySpan<int> startOf, int passages)
    {
        var passageEntries = new int[passages + 1];
        foreach (var passage in passageOf)
        {
            if ((uint)passage < (uint)passages)
            {
                passageEntries[passage]++;
            }
        }

        // Each passage's count becomes where its entries end; placing the entries from the last one back moves it to where
        // they begin, and keeps a passage's entries in entry order.
        for (var p = 1; p < passages; p++)
        {
            passageEntries[p] += passageEntries[p - 1];
        }

        var entries = new int[passages == 0 ? 0 : passageEntries[passages - 1]];
        passageEntries[passages] = entries.Length;
        for (var e = passageOf.Length - 1; e >= 0; e--)
        {
            if ((uint)passageOf[e] < (uint)passages)
            {
                entries[--passageEntries[passageOf[e]]] = e;
            }
        }

        long[]? keys = null;
        for (var p = 0; p < passages; p++)
        {
            var run = entries.AsSpan(passageEntries[p], passageEntries[p + 1] - passageEntries[p]);
            if (run.Length <= InsertionLimit)
            {
                ByStart(run, startOf);
            }
            else
            {
                ByKeys(run, startOf, keys = keys is not null && keys.Length >= run.Length ? keys : new long[run.Length]);
            }
        }

        return (passageEntries, entries);
    }

    // Stable: entries of equal start stay in entry order.
    private static void ByStart(Span<int> run, ReadOnlySpan<int> startOf)
    {
        for (var i = 1; i < run.Length; i++)
        {
            var entry = run[i];
            var start = startOf[entry];
            var j = i - 1;
            while (j >= 0 && startOf[run[j]] > start)
            {
                run[j + 1] = run[j];
                j--;
            }

            run[j + 1] = entry;
        }
    }

    // The start in the high half and the entry number in the low half: one comparison of longs orders by both.
    private static void ByKeys(Span<int> run, ReadOnlySpan<int> startOf, long[] scratch)
    {
        var keys = scratch.AsSpan(0, run.Length);
        for (var i = 0; i < run.Length; i++)
        {
            keys[i] = ((long)startOf[run[i]] << 32) | (uint)run[i];
        }

        keys.Sort();
        for (var i = 0; i < run.Length; i++)
        {
            run[i] = (int)keys[i];
        }
    }
}
