namespace ChatBot.Core.Indexing;

/// <summary>
/// Copies small arrays into the chunks of a <see cref="ChunkPool{T}"/>, holding one chunk at a time: one writer per thread.
/// <see cref="Release"/> hands the chunk back when the thread is done for now, so another writer goes on filling it.
/// </summary>
internal sealed class ChunkWriter<T>(ChunkPool<T> pool)
{
    private ChunkPool<T>.Chunk? chunk;

    /// <summary>A copy of <paramref name="values"/>, as a slice of a chunk.</summary>
    public ArraySegment<T> Keep(ReadOnlySpan<T> values)
    {
        var kept = Reserve(values.Length);
        values.CopyTo(kept);
        return kept;
    }

    /// <summary>
    /// Room for <paramref name="length"/> values, for the caller to fill: a slice of a chunk, or a chunk of its own when
    /// longer than one.
    /// </summary>
    public ArraySegment<T> Reserve(int length)
    {
        if (length == 0)
        {
            return ArraySegment<T>.Empty;
        }

        chunk ??= pool.Take();
        if (chunk is null || chunk.Free < length)
        {
            // The old chunk's tail is left unused: one array's values are never split across chunks.
            chunk = new ChunkPool<T>.Chunk(Math.Max(ChunkPool<T>.ChunkLength, length));
        }

        var reserved = new ArraySegment<T>(chunk.Values, chunk.Used, length);
        chunk.Used += length;
        return reserved;
    }

    public void Release()
    {
        if (chunk is not null)
        {
            pool.Give(chunk);
            chunk = null;
        }
    }
}
