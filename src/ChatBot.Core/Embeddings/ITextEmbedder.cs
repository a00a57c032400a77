namespace ChatBot.Core.Embeddings;

/// <summary>Turns texts into vectors with one embedding model (the port the Semantic Kernel adapter fills).</summary>
public interface ITextEmbedder
{
    string ModelId { get; }

    /// <summary>One vector per text, in order.</summary>
    Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
