namespace ChatBot.Core.Search;

/// <summary>
/// The buffers concepts' merged postings are written to (<see cref="AlternativeMerge"/>), shared by the process's searches
/// and lent for one search at a time. Each set grows to the longest lists merged into it — 8.6 MB at 120k passages —
/// so a set kept by every thread that ever searched (as the rest of <see cref="SearchScratch"/> is) made a server's heap
/// grow by that much for each pool thread that answered; lent, the sets kept are as many as the searches that ran at once,
/// at most the pool's capacity, and a burst beyond it merges into sets that are dropped afterwards.
/// </summary>
internal sealed class MergeBufferPool(int capacity)
{
    private readonly Stack<MergeBuffers> free = new();

    /// <summary>Twice the processors: searches are CPU-bound, so more than that at once only wait for each other.</summary>
    public static MergeBufferPool Shared { get; } = new(2 * Environment.ProcessorCount);

    /// <summary>Sets waiting to be lent.</summary>
    public int Free
    {
        get
        {
            lock (free)
            {
                return free.Count;
            }
        }
    }

    public MergeBuffers Rent()
    {
        lock (free)
        {
            if (free.TryPop(out var buffers))
            {
                return buffers;
            }
        }

        return new MergeBuffers();
    }

    public void Return(MergeBuffers buffers)
    {
        lock (free)
        {
            if (free.Count < capacity)
            {
                free.Push(buffers);
            }
        }
    }
}
