namespace ChatBot.SemanticKernel;

/// <summary>
/// Section <c>ChatBot:Llm:Embeddings</c>: hybrid retrieval on the generated answer path, through the same endpoint.
/// Off by default; the extractive path never uses it.
/// </summary>
public sealed class LlmEmbeddingOptions
{
    public bool Enabled { get; set; }

    /// <summary>For example text-embedding-3-small (OpenAI) or nomic-embed-text (Ollama).</summary>
    public string? ModelId { get; set; }
}
