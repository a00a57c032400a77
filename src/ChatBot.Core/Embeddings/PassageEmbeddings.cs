using ChatBot.Core.Indexing;

namespace ChatBot.Core.Embeddings;

/// <summary>
/// The vectors of the current index's passages, for hybrid retrieval on the generated answer path. The first use
/// for an index loads what the cache holds (so a new process, a CLI verb included, starts with every vector computed
/// before); a refresh after (re)indexing embeds the rest in batches, publishing each vector once it is cached.
/// Question-time search embeds only the question and uses whatever vectors exist.
/// </summary>
public sealed class PassageEmbeddings(ITextEmbedder embedder, IEmbeddingCache cache)
{
    private const int BatchSize = 32;

    private readonly Lock gate = new();
    private (CorpusIndex Index, Task<Snapshot> Load)? state;

    public string ModelId => embedder.ModelId;

    /// <summary>How many passages of <paramref name="index"/> have a vector.</summary>
    public int CountReady(CorpusIndex index) =>
        state is { } s && s.Index == index && s.Load.IsCompletedSuccessfully ? s.Load.Result.Vectors.Count(v => v is not null) : 0;

    /// <summary>Loads or computes the vectors of every passage of <paramref name="index"/>; returns how many were computed.</summary>
    public async Task<int> RefreshAsync(CorpusIndex index, CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotAsync(index).WaitAsync(cancellationToken);
        var missing = Enumerable.Range(0, snapshot.Keys.Length).Where(i => snapshot.Vectors[i] is null).ToList();
        foreach (var batch in missing.Chunk(BatchSize))
        {
            var vectors = await embedder.EmbedAsync([.. batch.Select(i => index.Passages[i].Text)], cancellationToken);
            var units = vectors.Take(batch.Length).Select(VectorMath.Normalize).ToList();
            await cache.SetAsync(units.Select((unit, j) => (Key: snapshot.Keys[batch[j]], Unit: unit)).ToDictionary(x => x.Key, x => x.Unit, StringComparer.Ordinal), cancellationToken);
            for (var j = 0; j < units.Count; j++)
            {
                snapshot.Vectors[batch[j]] = units[j];
            }
        }

        return missing.Count;
    }

    /// <summary>The passages nearest the question by cosine similarity, best first; empty while no passage of this index has a vector.</summary>
    public async Task<IReadOnlyList<Passage>> NearestAsync(string question, CorpusIndex index, int top, CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotAsync(index).WaitAsync(cancellationToken);
        if (!snapshot.Vectors.Any(v => v is not null))
        {
            return [];
        }

        var query = VectorMath.Normalize((await embedder.EmbedAsync([question], cancellationToken))[0]);
        return [.. snapshot.Vectors
            .Select((vector, i) => (Passage: index.Passages[i], Score: vector is null ? float.NegativeInfinity : VectorMath.Dot(query, vector)))
            .Where(x => !float.IsNegativeInfinity(x.Score))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Passage.Ordinal)
            .Take(top)
            .Select(x => x.Passage)];
    }

    /// <summary>One snapshot per index, loaded from the cache once and shared by refreshes and searches.</summary>
    private Task<Snapshot> SnapshotAsync(CorpusIndex index)
    {
        lock (gate)
        {
            if (state is { } s && s.Index == index && !s.Load.IsFaulted)
            {
                return s.Load;
            }

            var load = LoadAsync(index);
            state = (index, load);
            return load;
        }
    }

    /// <summary>Not cancellable: the load is shared, and each caller waits for it with its own token.</summary>
    private async Task<Snapshot> LoadAsync(CorpusIndex index)
    {
        var keys = index.Passages.Select(p => EmbeddingKey.For(embedder.ModelId, p.Text)).ToArray();
        var cached = await cache.GetAsync(keys);
        return new Snapshot(keys, [.. keys.Select(k => cached.TryGetValue(k, out var v) ? v : null)]);
    }

    private sealed record Snapshot(string[] Keys, float[]?[] Vectors);
}
