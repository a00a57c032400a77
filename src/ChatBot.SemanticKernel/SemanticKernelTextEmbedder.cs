using ChatBot.Core.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace ChatBot.SemanticKernel;

/// <summary>Embeds texts with the configured embedding model through the same endpoint as chat.</summary>
internal sealed class SemanticKernelTextEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator, IOptions<LlmOptions> options) : ITextEmbedder
{
    public string ModelId => options.Value.Embeddings.ModelId ?? "";

    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var embeddings = await generator.GenerateAsync(texts, cancellationToken: cancellationToken);
        return [.. embeddings.Select(e => e.Vector.ToArray())];
    }
}
