namespace ChatBot.Core.Indexing;

/// <summary>
/// Holds the current index and swaps in a new one atomically (hot reload). Made without an index, it holds none until
/// <see cref="CorpusIndexStartup"/> loads the first; reading it before then is a start-up ordering mistake and throws.
/// </summary>
public sealed class CorpusIndexHolder : ICorpusIndexProvider
{
    private CorpusIndex? current;

    public CorpusIndexHolder(CorpusIndex initial) => current = initial;

    /// <summary>No index yet: the start-up load sets the first one (see <see cref="CorpusIndexStartup"/>).</summary>
    public CorpusIndexHolder()
    {
    }

    public CorpusIndex Current => Volatile.Read(ref current)
        ?? throw new InvalidOperationException("The corpus index has not been loaded yet: await CorpusIndexStartup.LoadAsync before answering.");

    /// <summary>True once an index is held.</summary>
    public bool IsLoaded => Volatile.Read(ref current) is not null;

    public event Action<CorpusIndex>? Swapped;

    public void Swap(CorpusIndex next)
    {
        Volatile.Write(ref current, next);
        Swapped?.Invoke(next);
    }

    /// <summary>Sets the first index without raising <see cref="Swapped"/> (nothing changed for those watching swaps).</summary>
    internal void SetInitial(CorpusIndex initial) => Volatile.Write(ref current, initial);
}
