namespace ChatBot.Core.Embeddings;

/// <summary>
/// Passage vectors by <see cref="EmbeddingKey"/> (a hash of model and text), so a re-index embeds only passages
/// that changed. Implementations are thread-safe and treat storage trouble as a miss.
/// </summary>
public interface IEmbeddingCache
{
    /// <summary>The vectors found for the given keys; missing keys are absent from the result.</summary>
    ValueTask<IReadOnlyDictionary<string, float[]>> GetAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    ValueTask SetAsync(IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken = default);
}
