using System.Collections.Concurrent;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Large arrays that many small ones are written into side by side, shared by the threads of one build. A 120k build
/// keeps about 240,000 token arrays and 120,000 weight arrays alive until the index is laid out: as small objects each
/// was copied by gen0 and then gen1 collections on its way to gen2, and nearly every collection of the build was a gen1.
/// A chunk of 256 KB lives on the large-object heap, which those collections do not copy. A chunk half filled goes back
/// here for the next writer, so threads that come and go waste no more than a chunk's tail each.
/// </summary>
internal sealed class ChunkPool<T>
{
    /// <summary>Values a chunk holds: 256 KB of <c>int</c> or <c>float</c>, past the large-object threshold (85,000 bytes).</summary>
    public const int ChunkLength = 64 * 1024;

    private readonly ConcurrentBag<Chunk> partlyUsed = [];

    public ChunkWriter<T> Writer() => new(this);

    internal Chunk? Take() => partlyUsed.TryTake(out var chunk) ? chunk : null;

    internal void Give(Chunk chunk) => partlyUsed.Add(chunk);

    internal sealed class Chunk(int length)
    {
        public T[] Values { get; } = new T[length];

        public int Used { get; set; }

        public int Free => Values.Length - Used;
    }
}
