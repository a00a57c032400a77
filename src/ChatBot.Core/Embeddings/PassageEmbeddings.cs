using ChatBot.Core.Indexing;

namespace ChatBot.Core.Embeddings;

/// <summary>
/// The vectors of the current index's passages, for hybrid retrieval on the generated answer path. A refresh after
/// (re)indexing takes what the cache has and embeds the rest in batches, publishing vectors as they arrive; until
/// then search uses what is there. A vector is published only once it is cached. Question-time search embeds
/// only the question.
/// </summary>
public sealed class PassageEmbeddings(ITextEmbedder embedder, IEmbeddingCache cache)
{
    private const int BatchSize = 32;

    private volatile Snapshot? current;

    public string ModelId => embedder.ModelId;

    /// <summary>How many passages of <paramref name="index"/> have a vector.</summary>
    public int CountReady(CorpusIndex index) => current is { } s && s.Index == index ? s.Vectors.Count(v => v is not null) : 0;

    /// <summary>Loads or computes the vectors of every passage of <paramref name="index"/>; returns how many were computed.</summary>
    public async Task<int> RefreshAsync(CorpusIndex index, CancellationToken cancellationToken = default)
    {
        var keys = index.Passages.Select(p => EmbeddingKey.For(embedder.ModelId, p.Text)).ToArray();
        var cached = await cache.GetAsync(keys, cancellationToken);
        var snapshot = new Snapshot(index, [.. keys.Select(k => cached.TryGetValue(k, out var v) ? v : null)]);
        current = snapshot;

        var missing = Enumerable.Range(0, keys.Length).Where(i => snapshot.Vectors[i] is null).ToList();
        foreach (var batch in missing.Chunk(BatchSize))
        {
            var vectors = await embedder.EmbedAsync([.. batch.Select(i => index.Passages[i].Text)], cancellationToken);
            var units = vectors.Take(batch.Length).Select(VectorMath.Normalize).ToList();
            await cache.SetAsync(units.Select((unit, j) => (Key: keys[batch[j]], unit)).ToDictionary(x => x.Key, x => x.unit, StringComparer.Ordinal), cancellationToken);
            for (var j = 0; j < units.Count; j++)
            {
                snapshot.Vectors[batch[j]] = units[j];
            }
        }

        return missing.Count;
    }

    /// <summary>The passages nearest the question by cosine similarity, best first; empty until vectors exist for this index.</summary>
    public async Task<IReadOnlyList<Passage>> NearestAsync(string question, CorpusIndex index, int top, CancellationToken cancellationToken = default)
    {
        if (current is not { } snapshot || snapshot.Index != index || !snapshot.Vectors.Any(v => v is not null))
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

    private sealed record Snapshot(CorpusIndex Index, float[]?[] Vectors);
}
