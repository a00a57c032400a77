namespace ChatBot.Core.Indexing;

/// <summary>Holds the current index and swaps in a new one atomically (hot reload).</summary>
public sealed class CorpusIndexHolder(CorpusIndex initial) : ICorpusIndexProvider
{
    private CorpusIndex current = initial;

    public CorpusIndex Current => Volatile.Read(ref current);

    public event Action<CorpusIndex>? Swapped;

    public void Swap(CorpusIndex next)
    {
        Volatile.Write(ref current, next);
        Swapped?.Invoke(next);
    }
}
