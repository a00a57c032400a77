using System.Collections.Concurrent;

namespace ChatBot.Core.Embeddings;

/// <summary>Vectors for the life of the process, when no database is configured.</summary>
public sealed class InMemoryEmbeddingCache : IEmbeddingCache
{
    private readonly ConcurrentDictionary<string, float[]> vectors = new(StringComparer.Ordinal);

    public ValueTask<IReadOnlyDictionary<string, float[]>> GetAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, float[]>>(keys.Where(vectors.ContainsKey).Distinct().ToDictionary(k => k, k => vectors[k], StringComparer.Ordinal));

    public ValueTask SetAsync(IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken = default)
    {
        foreach (var (key, vector) in vectors)
        {
            this.vectors[key] = vector;
        }

        return ValueTask.CompletedTask;
    }
}
