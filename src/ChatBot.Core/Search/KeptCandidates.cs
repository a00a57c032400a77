namespace ChatBot.Core.Search;

/// <summary>
/// The best re-scored candidates so far, at most a query's <c>top</c>, kept sorted best first (higher score, then the
/// earlier passage): the same set and order a heap ordered by <see cref="Searcher.WorstFirst"/> ends with, without its
/// comparer calls through an interface — a query keeps two dozen, so an insertion moves at most that many.
/// </summary>
internal sealed class KeptCandidates
{
    private (float Score, int Passage)[] items = new (float, int)[32];

    public int Count { get; private set; }

    public int Capacity { get; private set; }

    /// <summary>The <paramref name="index"/>-th best.</summary>
    public (float Score, int Passage) this[int index] => items[index];

    /// <summary>The worst kept (only when <see cref="Count"/> &gt; 0).</summary>
    public (float Score, int Passage) Worst => items[Count - 1];

    public void Clear(int capacity)
    {
        if (items.Length < capacity)
        {
            items = new (float, int)[capacity];
        }

        Capacity = capacity;
        Count = 0;
    }

    /// <summary>Keeps the candidate when there is room or when it beats the worst kept (which then leaves).</summary>
    public void Offer(int passage, float score)
    {
        var candidate = (score, passage);
        if (Count == Capacity)
        {
            if (Capacity == 0 || Searcher.WorstFirst.Instance.Compare(candidate, items[Count - 1]) <= 0)
            {
                return;
            }

            Count--;
        }

        var at = Count;
        while (at > 0 && Searcher.WorstFirst.Instance.Compare(candidate, items[at - 1]) > 0)
        {
            items[at] = items[at - 1];
            at--;
        }

        items[at] = candidate;
        Count++;
    }
}
