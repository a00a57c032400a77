namespace ChatBot.Core.Embeddings;

/// <summary>
/// A local sentence-embedding model the answer engine runs in process (no network): questions at answer time,
/// passages when the corpus is indexed. Vectors are unit length, so a dot product is the cosine.
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>Names the model, so vectors made by another one are never compared with its own.</summary>
    string EncoderId { get; }

    /// <summary>One unit vector per text, in order. Any failure of the model surfaces as <see cref="InvalidOperationException"/>.</summary>
    float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
