using System.Runtime.InteropServices;
using ChatBot.Core.Embeddings;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Passage vectors in LiteDB by embedding key, so a restart or a re-index embeds only changed passages. Without a
/// database, or when storage fails, vectors live in memory for the process.
/// </summary>
public sealed class LiteDbEmbeddingCache(ChatBotDatabase database, TimeProvider time) : IEmbeddingCache
{
    private const string Collection = "embeddings";
    private readonly InMemoryEmbeddingCache fallback = new();

    public async ValueTask<IReadOnlyDictionary<string, float[]>> GetAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, float[]>(await fallback.GetAsync(keys, cancellationToken), StringComparer.Ordinal);
        var collection = database.Database?.GetCollection<EmbeddingDocument>(Collection);
        foreach (var key in keys.Where(k => !found.ContainsKey(k)))
        {
            if (StorageGuard.Try(database, () => collection?.FindById(key) is { } document ? MemoryMarshal.Cast<byte, float>(document.Vector).ToArray() : null) is { } vector)
            {
                found[key] = vector;
            }
        }

        return found;
    }

    public async ValueTask SetAsync(IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken = default)
    {
        var collection = database.Database?.GetCollection<EmbeddingDocument>(Collection);
        var now = time.GetUtcNow().UtcDateTime;
        var documents = vectors.Select(v => new EmbeddingDocument { Id = v.Key, Vector = MemoryMarshal.AsBytes(v.Value.AsSpan()).ToArray(), CreatedAt = now });
        var stored = collection is not null && StorageGuard.Try(database, () => { collection.Upsert(documents); });
        if (!stored)
        {
            await fallback.SetAsync(vectors, cancellationToken);
        }
    }
}
